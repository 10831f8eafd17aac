package org.complaintsuite.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.risk.text.Lexicons;

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
    private final RiskProperties properties;
    private final ConnectionFactory connections;
    private final Consumer<String> progress;
    private final CopyRows rows;

    BulkLoader(SyntheticComplaints world, JsonMapper json, RiskProperties properties, Lexicons lexicons,
            ConnectionFactory connections, boolean assessments, Consumer<String> progress) {
        this.world = world;
        this.properties = properties;
        this.connections = connections;
        this.progress = progress;
        this.rows = new CopyRows(json, properties, lexicons, assessments);
    }

    Result load() throws Exception {
        List<String> dropped;
        List<String> recreate;
        try (Connection con = connections.open()) {
            con.setAutoCommit(true);
            recreate = new ArrayList<>();
            dropped = LoadIndexes.dropIndexesAndConstraints(con, recreate);
        }
        progress.accept("dropped " + dropped.size() + " indexes and constraints for the load");

        HistoryRings rings = HistoryRings.of(world, properties);
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

    // ------------------------------------------------------------------------------------------------ COPY

    private static final byte[] END = new byte[0];

    private Map<String, Long> copy(HistoryRings rings) throws Exception {
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
                rows.add(complaint, rings, chunks);
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
            rings.rows(chunks);
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
}
