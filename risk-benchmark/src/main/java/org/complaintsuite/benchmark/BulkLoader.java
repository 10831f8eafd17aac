package org.complaintsuite.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.escalation.EscalationScorer;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.risk.proxy.ProxyScorer;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.risk.text.TextAnalyzer;

/**
 * Fills the link store with the synthetic history through PostgreSQL COPY, computing every stored value with the
 * service's own code: {@link LinkStore.Stored#of} for identifiers, signature and bands, the service's JSON mapper
 * for the payload, its scorers for the assessments. The rings the service would have formed (proxy agencies, busy
 * switchboards) go into cluster_member and cluster_edge. Indexes and constraints are dropped for the load and
 * built again from their own definitions afterwards; then every table is vacuumed and analyzed.
 */
final class BulkLoader {

    /** Tables loaded, in the order their rows are generated. */
    static final List<String> TABLES = List.of("complaint", "complaint_identifier", "text_band", "assessment",
            "cluster_member", "cluster_edge");

    private static final Map<String, String> COLUMNS = Map.of(
            "complaint", "complaint_id, customer_key, source, received_at, text_signature, payload",
            "complaint_identifier", "kind, value, role, complaint_id, customer_key, received_at",
            "text_band", "band_key, complaint_id, customer_key, received_at",
            "assessment", "complaint_id, event_id, occurred_at, content_hash, escalation_score, escalation_level, "
                    + "proxy_score, proxy_level, body",
            "cluster_member", "complaint_id, cluster_id, customer_key, received_at",
            "cluster_edge", "complaint_a, complaint_b, reason, detail");

    private static final int CHUNK = 500;

    interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    record Result(Map<String, Long> rows, Duration copy, Duration indexes, Duration vacuum, int rings,
            int ringComplaints) {

        Duration total() {
            return copy.plus(indexes).plus(vacuum);
        }
    }

    private final SyntheticComplaints world;
    private final JsonMapper json;
    private final RiskProperties properties;
    private final ConnectionFactory connections;
    private final boolean assessments;
    private final Consumer<String> progress;
    private final TextAnalyzer textAnalyzer;
    private final EscalationScorer escalation = new EscalationScorer();
    private final ProxyScorer proxy;

    BulkLoader(SyntheticComplaints world, JsonMapper json, RiskProperties properties, Lexicons lexicons,
            ConnectionFactory connections, boolean assessments, Consumer<String> progress) {
        this.world = world;
        this.json = json;
        this.properties = properties;
        this.connections = connections;
        this.assessments = assessments;
        this.progress = progress;
        this.textAnalyzer = new TextAnalyzer(lexicons.all());
        this.proxy = new ProxyScorer(lexicons.all(), properties);
    }

    Result load() throws Exception {
        List<String> dropped;
        List<String> recreate;
        try (Connection con = connections.open()) {
            con.setAutoCommit(true);
            recreate = new ArrayList<>();
            dropped = dropIndexesAndConstraints(con, recreate);
        }
        progress.accept("dropped " + dropped.size() + " indexes and constraints for the load");

        Rings rings = rings();
        progress.accept("rings in the history: " + rings.clusters.size() + " (" + rings.byComplaint.size()
                + " complaints)");

        long started = System.nanoTime();
        Map<String, Long> rows = copy(rings);
        Duration copy = Duration.ofNanos(System.nanoTime() - started);

        started = System.nanoTime();
        try (Connection con = connections.open(); Statement st = con.createStatement()) {
            con.setAutoCommit(true);
            st.execute("SET maintenance_work_mem = '1GB'");
            st.execute("SET work_mem = '256MB'");
            for (String ddl : recreate) {
                long t = System.nanoTime();
                st.execute(ddl);
                progress.accept("%6.1f s  %s".formatted((System.nanoTime() - t) / 1e9, ddl));
            }
        }
        Duration indexes = Duration.ofNanos(System.nanoTime() - started);

        started = System.nanoTime();
        try (Connection con = connections.open(); Statement st = con.createStatement()) {
            con.setAutoCommit(true);
            st.execute("SET maintenance_work_mem = '1GB'");
            for (String table : TABLES) {
                long t = System.nanoTime();
                st.execute("VACUUM (ANALYZE) " + table);
                progress.accept("%6.1f s  VACUUM (ANALYZE) %s".formatted((System.nanoTime() - t) / 1e9, table));
            }
            st.execute("ANALYZE");
            st.execute("CHECKPOINT");
        }
        Duration vacuum = Duration.ofNanos(System.nanoTime() - started);
        return new Result(rows, copy, indexes, vacuum, rings.clusters.size(), rings.byComplaint.size());
    }

    // ------------------------------------------------------------------------------------------------ DDL

    /** Drops foreign keys, primary keys and indexes of the loaded tables; fills {@code recreate} with the DDL. */
    private static List<String> dropIndexesAndConstraints(Connection con, List<String> recreate) throws SQLException {
        String[] tables = TABLES.toArray(String[]::new);
        List<String> drops = new ArrayList<>();
        List<String> primaryKeys = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement ps = con.prepareStatement("""
                SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype
                FROM pg_constraint c
                WHERE (c.conrelid::regclass::text = ANY(?) AND c.contype IN ('p', 'f'))
                   OR (c.contype = 'f' AND c.confrelid::regclass::text = ANY(?))
                ORDER BY c.contype, c.conname""")) {
            // also the foreign keys of tables not loaded that point at loaded ones (reassessment_queue)
            ps.setArray(1, con.createArrayOf("text", tables));
            ps.setArray(2, con.createArrayOf("text", tables));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    String definition = rs.getString(3);
                    drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
                    String add = "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + definition;
                    (rs.getString(4).equals("p") ? primaryKeys : foreignKeys).add(add);
                }
            }
        }
        try (PreparedStatement ps = con.prepareStatement("""
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                FROM pg_index i
                WHERE i.indrelid::regclass::text = ANY(?)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                  WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
                ORDER BY 1""")) {
            ps.setArray(1, con.createArrayOf("text", tables));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drops.add("DROP INDEX " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
        }
        try (Statement st = con.createStatement()) {
            for (String drop : drops) {
                st.execute(drop);
            }
            st.execute("TRUNCATE " + String.join(", ", TABLES) + ", assessment_outbox");
        }
        recreate.addAll(primaryKeys);
        recreate.addAll(indexes);
        recreate.addAll(foreignKeys);
        return drops;
    }

    // ------------------------------------------------------------------------------------------------ rings

    /** The rings the service would have formed in the history: one per proxy agency, one per busy switchboard. */
    private static final class Rings {
        final Map<String, String> byComplaint = new HashMap<>();
        /** A member's customer key and receipt time, as cluster_member holds them with its ring. */
        final Map<String, String[]> memberRows = new HashMap<>();
        final Map<String, LinkContext.Ring> contexts = new HashMap<>();
        final List<List<String>> clusters = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
    }

    private Rings rings() {
        Rings rings = new Rings();
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < world.complaints(); i++) {
            int customer = world.historyCustomerOf(i);
            int agency = world.agencyOfCustomer(customer);
            int board = world.boardOfCustomer(customer);
            if (agency >= 0) {
                members.computeIfAbsent(agency, k -> new ArrayList<>()).add(i);
            }
            else if (board >= 0 && world.customersOfBoard(board) >= properties.landlineMinCustomers()) {
                members.computeIfAbsent(-1 - board, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> events : members.values()) {
            if (events.size() < 2) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            Set<String> customers = new HashSet<>();
            String reason = null;
            for (int i : events) {
                ComplaintReceived complaint = world.historyComplaint(i);
                ids.add(complaint.complaintId());
                customers.add(complaint.customer().customerKey());
                rings.memberRows.put(complaint.complaintId(),
                        new String[] {complaint.customer().customerKey(), complaint.receivedAt().toString()});
                if (reason == null) {
                    reason = complaint.representative() != null
                            ? "PHONE " + Identifier.of(complaint).stream().filter(id -> id.role() != Identifier.Role.CUSTOMER)
                                    .findFirst().map(Identifier::display).orElse("")
                            : "PHONE " + new Identifier(Identifier.Kind.PHONE, complaint.customer().phone(),
                                    Identifier.Role.CUSTOMER).display();
                }
            }
            String clusterId = "ring-" + new TreeSet<>(ids).first();
            LinkContext.Ring ring = new LinkContext.Ring(clusterId, ids.size(), customers.size(),
                    ids.subList(0, Math.min(20, ids.size())));
            for (String id : ids) {
                rings.byComplaint.put(id, clusterId);
                rings.contexts.put(id, ring);
            }
            rings.clusters.add(ids);
            rings.reasons.add(reason);
        }
        return rings;
    }

    // ------------------------------------------------------------------------------------------------ COPY

    private static final byte[] END = new byte[0];

    private Map<String, Long> copy(Rings rings) throws Exception {
        Map<String, BlockingQueue<byte[]>> queues = new LinkedHashMap<>();
        ExecutorService writers = Executors.newFixedThreadPool(TABLES.size());
        Map<String, Future<Long>> written = new LinkedHashMap<>();
        for (String table : TABLES) {
            BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(16);
            queues.put(table, queue);
            written.put(table, writers.submit(() -> writer(table, queue)));
        }
        try {
            Map<String, StringBuilder> chunks = new LinkedHashMap<>();
            TABLES.forEach(table -> chunks.put(table, new StringBuilder(1 << 20)));
            long started = System.nanoTime();
            int n = world.complaints();
            for (int i = 0; i < n; i++) {
                ComplaintReceived complaint = world.historyComplaint(i);
                rows(LinkStore.Stored.of(complaint, proxy.inAgencyWords(complaint)), rings, chunks);
                if ((i + 1) % CHUNK == 0 || i == n - 1) {
                    for (String table : TABLES) {
                        put(queues.get(table), chunks.get(table), written.get(table));
                    }
                }
                if ((i + 1) % 100_000 == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    progress.accept("%,d complaints generated and sent in %.0f s (%,.0f/s)".formatted(i + 1, seconds,
                            (i + 1) / seconds));
                }
            }
            StringBuilder members = chunks.get("cluster_member");
            StringBuilder edges = chunks.get("cluster_edge");
            for (int c = 0; c < rings.clusters.size(); c++) {
                List<String> ids = rings.clusters.get(c);
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < ids.size(); i++) {
                    field(members, ids.get(i)).append('\t');
                    field(members, rings.byComplaint.get(ids.get(i))).append('\t');
                    String[] member = rings.memberRows.get(ids.get(i));
                    field(members, member[0]).append('\t');
                    members.append(member[1]).append('\n');
                    // each complaint linked to (up to) the three before it, as the service links to earlier ones
                    for (int j = Math.max(0, i - 3); j < i; j++) {
                        String a = ids.get(i).compareTo(ids.get(j)) < 0 ? ids.get(i) : ids.get(j);
                        String b = a.equals(ids.get(i)) ? ids.get(j) : ids.get(i);
                        if (!a.equals(b) && seen.add(a + b)) {
                            field(edges, a).append('\t');
                            field(edges, b).append('\t');
                            field(edges, "SHARED_PHONE").append('\t');
                            field(edges, rings.reasons.get(c)).append('\n');
                        }
                    }
                }
            }
            for (String table : TABLES) {
                put(queues.get(table), chunks.get(table), written.get(table));
                queues.get(table).put(END);
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : TABLES) {
                rows.put(table, written.get(table).get());
            }
            return rows;
        }
        finally {
            writers.shutdownNow();
        }
    }

    private static void put(BlockingQueue<byte[]> queue, StringBuilder chunk, Future<Long> writer) throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        chunk.setLength(0);
        while (!queue.offer(bytes, 1, java.util.concurrent.TimeUnit.SECONDS)) {
            if (writer.isDone()) {
                writer.get(); // rethrows the writer's failure
                throw new IllegalStateException("COPY writer stopped");
            }
        }
    }

    private long writer(String table, BlockingQueue<byte[]> queue) throws SQLException, InterruptedException {
        try (Connection con = connections.open()) {
            con.setAutoCommit(true);
            CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + COLUMNS.get(table) + ") FROM STDIN");
            try {
                while (true) {
                    byte[] bytes = queue.take();
                    if (bytes == END) {
                        break;
                    }
                    copy.writeToCopy(bytes, 0, bytes.length);
                }
                return copy.endCopy();
            }
            catch (SQLException | InterruptedException | RuntimeException ex) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw ex;
            }
        }
    }

    /** The rows the service's store() would write for one complaint, plus its assessment. */
    private void rows(LinkStore.Stored stored, Rings rings, Map<String, StringBuilder> chunks) {
        ComplaintReceived complaint = stored.complaint();
        String id = complaint.complaintId();
        String customer = complaint.customer().customerKey();
        String received = complaint.receivedAt().toString();

        StringBuilder row = chunks.get("complaint");
        field(row, id).append('\t');
        field(row, customer).append('\t');
        field(row, complaint.source().name()).append('\t');
        row.append(received).append('\t');
        row.append('{');
        int[] signature = stored.signature();
        for (int i = 0; i < signature.length; i++) {
            row.append(i == 0 ? "" : ",").append(signature[i]);
        }
        row.append("}\t");
        field(row, json.writeValueAsString(complaint)).append('\n');

        // ON CONFLICT DO NOTHING in the service: the primary key (kind, value, complaint, role) once each
        StringBuilder identifiers = chunks.get("complaint_identifier");
        Set<String> seen = new HashSet<>();
        for (Identifier identifier : stored.identifiers()) {
            if (seen.add(identifier.kind() + "\u0000" + identifier.value() + "\u0000" + identifier.role())) {
                field(identifiers, identifier.kind().name()).append('\t');
                field(identifiers, identifier.value()).append('\t');
                field(identifiers, identifier.role().name()).append('\t');
                field(identifiers, id).append('\t');
                field(identifiers, customer).append('\t');
                identifiers.append(received).append('\n');
            }
        }
        StringBuilder bands = chunks.get("text_band");
        long[] keys = Arrays.stream(stored.bands()).distinct().toArray();
        for (long band : keys) {
            bands.append(band).append('\t');
            field(bands, id).append('\t');
            field(bands, customer).append('\t');
            bands.append(received).append('\n');
        }
        if (assessments) {
            assessment(complaint, rings.contexts.get(id), chunks.get("assessment"));
        }
    }

    /**
     * The assessment the complaint got when it was scored: the service's scorers on the complaint with the ring it
     * ended up in (the other evidence of that moment is not replayed), stored as AssessmentStore stores it.
     */
    private void assessment(ComplaintReceived complaint, LinkContext.Ring ring, StringBuilder row) {
        LinkContext empty = LinkContext.empty();
        LinkContext context = new LinkContext((int) properties.repeatWindow().toDays(), List.of(), List.of(),
                List.of(), List.of(), List.of(), ring);
        RiskAssessment esc = escalation.assess(complaint, textAnalyzer.analyze(complaint.text().customerText()),
                ring == null ? empty : context);
        RiskAssessment prox = proxy.assess(complaint, context);
        String hash = contentHash(esc, prox);
        Instant at = complaint.receivedAt().plusSeconds(2);
        var assessed = new ComplaintAssessed(UUID.nameUUIDFromBytes((complaint.complaintId() + ':' + hash)
                .getBytes(StandardCharsets.UTF_8)), at, complaint.complaintId(), esc, prox);
        field(row, complaint.complaintId()).append('\t');
        row.append(assessed.eventId()).append('\t');
        row.append(at).append('\t');
        row.append(hash).append('\t');
        row.append(esc.score()).append('\t');
        row.append(esc.level().name()).append('\t');
        row.append(prox.score()).append('\t');
        row.append(prox.level().name()).append('\t');
        field(row, json.writeValueAsString(assessed)).append('\n');
    }

    /** As AssessmentStore.contentHash: SHA-256 of the JSON of both assessments. */
    private String contentHash(RiskAssessment escalation, RiskAssessment proxy) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsBytes(List.of(escalation, proxy))));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A value in COPY's text format: backslash, tab and line breaks escaped. */
    private static StringBuilder field(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out;
    }
}
