package org.complaintsuite.risk.links;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.risk.RiskProperties;

/**
 * The link store in PostgreSQL: every scored complaint with its identifiers, text fingerprint and ring. All reads
 * are relative to a complaint's receipt time and exclude the complaint itself, so that the same complaint read
 * again, on any instance, gives the same context. Callers hold {@link #lock} for the complaint first.
 */
@Repository
public class LinkStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RiskProperties properties;

    public LinkStore(JdbcClient jdbc, JsonMapper json, RiskProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
    }

    /** A complaint as the store holds it. */
    public record Stored(ComplaintReceived complaint, List<Identifier> identifiers, int[] signature, long[] bands) {

        /** A text too short to compare gets no bands: it is never a candidate near-duplicate, nor looks for one. */
        public static Stored of(ComplaintReceived complaint) {
            String text = complaint.text().customerText();
            int[] signature = TextFingerprint.signature(text);
            return new Stored(complaint, Identifier.of(complaint), signature,
                    TextFingerprint.comparable(text) ? TextFingerprint.bandKeys(signature) : new long[0]);
        }
    }

    /** One reason two complaints of different customers are linked. */
    public record Edge(String otherComplaintId, String reason, String detail) {
    }

    /**
     * Serializes the work on complaints that could link to each other: a transaction-scoped advisory lock on each
     * identifier and text band, taken in a fixed order so two transactions never wait on each other in a circle.
     * Without it two complaints sharing a phone, scored at the same moment, would each miss the other.
     */
    public void lock(Stored stored) {
        Set<Long> keys = new TreeSet<>();
        stored.identifiers().forEach(id -> keys.add(lockKey(id.kind() + ":" + id.value())));
        Arrays.stream(stored.bands()).forEach(keys::add);
        for (long key : keys) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(key).query(Object.class).single();
        }
    }

    /** Stores the complaint with its identifiers and bands; a complaint stored before is left as it is. */
    public boolean store(Stored stored) {
        ComplaintReceived complaint = stored.complaint();
        int inserted = jdbc.sql("""
                INSERT INTO complaint (complaint_id, customer_key, source, received_at, text_signature, payload)
                VALUES (:id, :customer, :source, :received, :signature, CAST(:payload AS jsonb))
                ON CONFLICT (complaint_id) DO NOTHING""")
                .param("id", complaint.complaintId())
                .param("customer", complaint.customer().customerKey())
                .param("source", complaint.source().name())
                .param("received", Timestamp.from(complaint.receivedAt()))
                .param("signature", Arrays.stream(stored.signature()).boxed().toArray(Integer[]::new))
                .param("payload", json.writeValueAsString(complaint))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (Identifier identifier : stored.identifiers()) {
            jdbc.sql("""
                    INSERT INTO complaint_identifier (kind, value, role, complaint_id, customer_key, received_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(identifier.kind().name(), identifier.value(), identifier.role().name(),
                            complaint.complaintId(), complaint.customer().customerKey(),
                            Timestamp.from(complaint.receivedAt()))
                    .update();
        }
        for (long band : stored.bands()) {
            jdbc.sql("INSERT INTO text_band (band_key, complaint_id, customer_key, received_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING")
                    .params(band, complaint.complaintId(), complaint.customer().customerKey(),
                            Timestamp.from(complaint.receivedAt()))
                    .update();
        }
        return true;
    }

    public Optional<ComplaintReceived> find(String complaintId) {
        return jdbc.sql("SELECT payload::text FROM complaint WHERE complaint_id = ?").param(complaintId)
                .query(String.class).optional().map(text -> json.readValue(text, ComplaintReceived.class));
    }

    /** The context of a stored complaint, without its ring (see {@link #ring}). */
    public LinkContext context(Stored stored) {
        ComplaintReceived complaint = stored.complaint();
        return new LinkContext((int) properties.repeatWindow().toDays(), earlierComplaints(complaint),
                sharedIdentifiers(stored), similarTexts(stored), watchlisted(stored.identifiers()), bursts(stored),
                null);
    }

    private List<String> earlierComplaints(ComplaintReceived complaint) {
        return jdbc.sql("""
                SELECT complaint_id FROM complaint
                WHERE customer_key = ? AND received_at >= ? AND received_at < ? AND complaint_id <> ?
                ORDER BY received_at, complaint_id LIMIT 20""")
                .params(complaint.customer().customerKey(),
                        Timestamp.from(complaint.receivedAt().minus(properties.repeatWindow())),
                        Timestamp.from(complaint.receivedAt()), complaint.complaintId())
                .query(String.class).list();
    }

    private List<LinkContext.SharedIdentifier> sharedIdentifiers(Stored stored) {
        ComplaintReceived complaint = stored.complaint();
        List<LinkContext.SharedIdentifier> shared = new ArrayList<>();
        for (Identifier identifier : stored.identifiers()) {
            // bounded: an identifier carried by thousands of complaints (a hotline) is read only in part
            var row = jdbc.sql("""
                    SELECT count(DISTINCT customer_key) FILTER (WHERE customer_key <> :customer) AS others,
                           coalesce(bool_or(role = 'AGENT'), false) AS agent,
                           coalesce(bool_or(role = 'LAWYER'), false) AS lawyer,
                           (array_agg(complaint_id ORDER BY received_at, complaint_id)
                               FILTER (WHERE customer_key <> :customer))[1 : 10] AS ids
                    FROM (SELECT customer_key, role, complaint_id, received_at FROM complaint_identifier
                          WHERE kind = :kind AND value = :value AND complaint_id <> :id
                            AND received_at BETWEEN :from AND :to
                          ORDER BY received_at LIMIT 2000) linked""")
                    .param("customer", complaint.customer().customerKey())
                    .param("kind", identifier.kind().name())
                    .param("value", identifier.value())
                    .param("id", complaint.complaintId())
                    .param("from", Timestamp.from(complaint.receivedAt().minus(properties.linkWindow())))
                    .param("to", Timestamp.from(complaint.receivedAt().plus(properties.linkWindow())))
                    .query((rs, n) -> new LinkContext.SharedIdentifier(identifier, rs.getInt("others"),
                            rs.getBoolean("agent") || identifier.role() == Identifier.Role.AGENT,
                            rs.getBoolean("lawyer") || identifier.role() == Identifier.Role.LAWYER,
                            strings(rs.getArray("ids"))))
                    .single();
            if (row.otherCustomers() > 0) {
                shared.add(row);
            }
        }
        return shared;
    }

    private List<LinkContext.SimilarText> similarTexts(Stored stored) {
        if (stored.bands().length == 0) {
            return List.of();
        }
        ComplaintReceived complaint = stored.complaint();
        Long[] bands = Arrays.stream(stored.bands()).boxed().toArray(Long[]::new);
        List<LinkContext.SimilarText> similar = new ArrayList<>();
        jdbc.sql("""
                SELECT c.complaint_id, c.customer_key, c.text_signature
                FROM (SELECT complaint_id FROM text_band
                      WHERE band_key = ANY(:bands) AND customer_key <> :customer AND complaint_id <> :id
                        AND received_at BETWEEN :from AND :to
                      GROUP BY complaint_id ORDER BY count(*) DESC, complaint_id LIMIT 50) candidate
                JOIN complaint c USING (complaint_id)""")
                .param("bands", bands)
                .param("customer", complaint.customer().customerKey())
                .param("id", complaint.complaintId())
                .param("from", Timestamp.from(complaint.receivedAt().minus(properties.linkWindow())))
                .param("to", Timestamp.from(complaint.receivedAt().plus(properties.linkWindow())))
                .query((rs, n) -> {
                    double similarity = TextFingerprint.similarity(stored.signature(), ints(rs.getArray("text_signature")));
                    if (similarity >= properties.nearDuplicateSimilarity()) {
                        similar.add(new LinkContext.SimilarText(rs.getString("complaint_id"),
                                rs.getString("customer_key"), similarity));
                    }
                    return null;
                })
                .list();
        similar.sort((a, b) -> b.similarity() != a.similarity() ? Double.compare(b.similarity(), a.similarity())
                : a.complaintId().compareTo(b.complaintId()));
        return similar;
    }

    private List<LinkContext.WatchlistHit> watchlisted(List<Identifier> identifiers) {
        List<LinkContext.WatchlistHit> hits = new ArrayList<>();
        for (Identifier identifier : identifiers) {
            jdbc.sql("SELECT reason FROM watchlist_entry WHERE kind = ? AND value = ?")
                    .params(identifier.kind().name(), identifier.value())
                    .query(String.class).optional()
                    .ifPresent(reason -> hits.add(new LinkContext.WatchlistHit(identifier, reason)));
        }
        return hits;
    }

    /**
     * Identifiers carried by many complaints, of at least two customers, in the window before this one: one
     * customer writing again and again is a repeat, not a burst.
     */
    private List<LinkContext.Burst> bursts(Stored stored) {
        ComplaintReceived complaint = stored.complaint();
        List<LinkContext.Burst> bursts = new ArrayList<>();
        int hours = (int) properties.burstWindow().toHours();
        for (Identifier identifier : stored.identifiers()) {
            if (identifier.kind() == Identifier.Kind.ID_NUMBER) {
                continue;
            }
            var counts = jdbc.sql("""
                    SELECT count(DISTINCT complaint_id) AS complaints, count(DISTINCT customer_key) AS customers
                    FROM (SELECT complaint_id, customer_key FROM complaint_identifier
                          WHERE kind = ? AND value = ? AND received_at BETWEEN ? AND ? LIMIT 1000) recent""")
                    .params(identifier.kind().name(), identifier.value(),
                            Timestamp.from(complaint.receivedAt().minus(properties.burstWindow())),
                            Timestamp.from(complaint.receivedAt()))
                    .query((rs, n) -> new int[] {rs.getInt("complaints"), rs.getInt("customers")})
                    .single();
            if (counts[0] >= properties.burstMinComplaints() && counts[1] >= 2) {
                bursts.add(new LinkContext.Burst(identifier, counts[0], hours));
            }
        }
        return bursts;
    }

    /**
     * Joins the complaint and the complaints it has suspicious links to into one ring, merging rings the links
     * span, and records why. The ring keeps the smallest id among the rings merged, so its id is stable as it grows.
     *
     * @return the ring's members whose ring changed (joined or merged), the complaint itself excluded
     */
    public List<String> link(String complaintId, List<Edge> edges) {
        if (edges.isEmpty()) {
            return List.of();
        }
        for (Edge edge : edges) {
            String a = complaintId.compareTo(edge.otherComplaintId()) < 0 ? complaintId : edge.otherComplaintId();
            String b = a.equals(complaintId) ? edge.otherComplaintId() : complaintId;
            jdbc.sql("INSERT INTO cluster_edge (complaint_a, complaint_b, reason, detail) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING")
                    .params(a, b, edge.reason(), truncate(edge.detail(), 300)).update();
        }
        Set<String> involved = new TreeSet<>();
        involved.add(complaintId);
        edges.forEach(edge -> involved.add(edge.otherComplaintId()));
        List<String> existing = jdbc.sql("SELECT DISTINCT cluster_id FROM cluster_member WHERE complaint_id IN (:ids) "
                + "ORDER BY cluster_id").param("ids", involved).query(String.class).list();
        String target = existing.isEmpty() ? "ring-" + involved.iterator().next() : existing.getFirst();
        for (String cluster : existing) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(lockKey("cluster:" + cluster)).query(Object.class).single();
        }
        Set<String> changed = new LinkedHashSet<>();
        if (existing.size() > 1) {
            changed.addAll(jdbc.sql("SELECT complaint_id FROM cluster_member WHERE cluster_id IN (:others)")
                    .param("others", existing.subList(1, existing.size())).query(String.class).list());
            jdbc.sql("UPDATE cluster_member SET cluster_id = :target WHERE cluster_id IN (:others)")
                    .param("target", target).param("others", existing.subList(1, existing.size())).update();
        }
        for (String member : involved) {
            int added = jdbc.sql("INSERT INTO cluster_member (complaint_id, cluster_id) VALUES (?, ?) "
                    + "ON CONFLICT (complaint_id) DO NOTHING").params(member, target).update();
            if (added > 0) {
                changed.add(member);
            }
        }
        if (!changed.isEmpty()) {
            // everyone in the ring now has a bigger ring
            changed.addAll(jdbc.sql("SELECT complaint_id FROM cluster_member WHERE cluster_id = ?").param(target)
                    .query(String.class).list());
        }
        changed.remove(complaintId);
        return List.copyOf(changed);
    }

    /** Queues earlier complaints to be assessed again; one already queued stays queued once. */
    public void queueReassessment(List<String> complaintIds, String causedBy, java.time.Instant now) {
        for (String complaintId : complaintIds) {
            jdbc.sql("INSERT INTO reassessment_queue (complaint_id, caused_by, queued_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (complaint_id) DO NOTHING")
                    .params(complaintId, causedBy, Timestamp.from(now)).update();
        }
    }

    /**
     * Takes the oldest queued complaint, locked so another instance skips it, and removes it from the queue in the
     * caller's transaction: if that transaction fails, it is queued again.
     */
    public Optional<String> takeQueuedReassessment() {
        return jdbc.sql("DELETE FROM reassessment_queue WHERE complaint_id = ("
                + "SELECT complaint_id FROM reassessment_queue ORDER BY queued_at, complaint_id "
                + "LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING complaint_id").query(String.class).optional();
    }

    /** The ring a complaint belongs to, if any. */
    public LinkContext.@Nullable Ring ring(String complaintId) {
        return jdbc.sql("SELECT cluster_id FROM cluster_member WHERE complaint_id = ?").param(complaintId)
                .query(String.class).optional().map(this::ringById).orElse(null);
    }

    public LinkContext.@Nullable Ring ringById(String clusterId) {
        var row = jdbc.sql("""
                SELECT count(*) AS complaints, count(DISTINCT c.customer_key) AS customers,
                       (array_agg(m.complaint_id ORDER BY c.received_at, m.complaint_id))[1 : 20] AS ids
                FROM cluster_member m JOIN complaint c USING (complaint_id) WHERE m.cluster_id = ?""")
                .param(clusterId)
                .query((rs, n) -> new LinkContext.Ring(clusterId, rs.getInt("complaints"), rs.getInt("customers"),
                        strings(rs.getArray("ids"))))
                .single();
        return row.complaints() == 0 ? null : row;
    }

    /** The edges inside a ring: which complaints are linked, and why. */
    public List<RingEdge> edges(String clusterId) {
        return jdbc.sql("""
                SELECT e.complaint_a, e.complaint_b, e.reason, e.detail FROM cluster_edge e
                JOIN cluster_member m ON m.complaint_id = e.complaint_a WHERE m.cluster_id = ?
                ORDER BY e.complaint_a, e.complaint_b, e.reason LIMIT 1000""")
                .param(clusterId)
                .query((rs, n) -> new RingEdge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public record RingEdge(String complaintA, String complaintB, String reason, String detail) {
    }

    private static long lockKey(String text) {
        long hash = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> strings = new ArrayList<>(values.length);
        for (Object value : values) {
            if (value != null) {
                strings.add(value.toString());
            }
        }
        return strings;
    }

    private static int[] ints(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = ((Number) values[i]).intValue();
        }
        return ints;
    }
}
