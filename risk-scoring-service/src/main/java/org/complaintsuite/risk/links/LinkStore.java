package org.complaintsuite.risk.links;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.CustomerKeyKind;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.support.text.StorableText;

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

        /**
         * A text too short to compare gets no bands: it is never a candidate near-duplicate, nor looks for one.
         *
         * @param script whether the text reads as an agency's script, which is compared from a shorter length
         *               ({@link TextFingerprint#comparable(String, boolean)})
         */
        public static Stored of(ComplaintReceived complaint, boolean script) {
            String text = complaint.text().customerText();
            int[] signature = TextFingerprint.signature(text);
            return new Stored(complaint, Identifier.of(complaint), signature,
                    TextFingerprint.comparable(text, script) ? TextFingerprint.bandKeys(signature) : new long[0]);
        }
    }

    /** One reason two complaints of different customers are linked. */
    public record Edge(String otherComplaintId, String reason, String detail) {
    }

    /**
     * Serializes the work on complaints that could link to each other: a transaction-scoped advisory lock on each
     * identifier and text band, taken in ascending key order, so two transactions never wait on each other in a
     * circle (each waits only for keys above every key it holds). Without it two complaints sharing a phone, scored
     * at the same moment, would each miss the other. Reads that must see what the lock holders wrote come in later
     * statements (in READ COMMITTED a statement reads from a snapshot taken when it starts).
     */
    public void lock(Stored stored) {
        jdbc.sql("SELECT count(pg_advisory_xact_lock(key)) FROM " + KEYS_IN_ORDER).param("keys", lockKeys(stored))
                .query(Long.class).single();
    }

    /** The lock keys in the order given: the rows of an array come, and are locked, in the array's order. */
    private static final String KEYS_IN_ORDER = """
            (SELECT key FROM unnest(CAST(:keys AS bigint[])) WITH ORDINALITY AS k(key, position)
             ORDER BY position) ordered""";

    private static long[] lockKeys(Stored stored) {
        Set<Long> keys = new TreeSet<>();
        // the customer too: two complaints of one customer scored at once must see each other as repeats
        keys.add(lockKey("customer:" + stored.complaint().customer().customerKey()));
        stored.identifiers().forEach(id -> keys.add(lockKey(id.kind() + ":" + id.value())));
        Arrays.stream(stored.bands()).forEach(keys::add);
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Takes the complaint's locks (as {@link #lock}) and then stores the complaint with its identifiers and bands,
     * in one statement: the complaint row is inserted from the row the locking yields, so only once every lock is
     * held. A complaint stored before is left as it is (its identifiers and bands are written only with the
     * complaint row).
     *
     * @return whether the complaint was new
     */
    public boolean lockAndStore(Stored stored) {
        ComplaintReceived complaint = stored.complaint();
        List<Identifier> identifiers = stored.identifiers();
        int inserted = jdbc.sql("""
                WITH locked AS (
                    SELECT count(pg_advisory_xact_lock(key)) AS locks FROM %s),
                stored AS (
                    INSERT INTO complaint (complaint_id, customer_key, source, received_at, text_signature, payload)
                    SELECT :id, :customer, :source, :received, :signature, CAST(:payload AS jsonb) FROM locked
                    ON CONFLICT (complaint_id) DO NOTHING
                    RETURNING complaint_id),
                identifiers AS (
                    INSERT INTO complaint_identifier (kind, value, role, complaint_id, customer_key, received_at)
                    SELECT i.kind, i.value, i.role, s.complaint_id, :customer, :received
                    FROM stored s, unnest(CAST(:kinds AS varchar[]), CAST(:values AS varchar[]),
                                          CAST(:roles AS varchar[])) AS i(kind, value, role)
                    ON CONFLICT DO NOTHING),
                bands AS (
                    INSERT INTO text_band (band_key, complaint_id, customer_key, received_at)
                    SELECT b.band_key, s.complaint_id, :customer, :received
                    FROM stored s, unnest(CAST(:bands AS bigint[])) AS b(band_key)
                    ON CONFLICT DO NOTHING)
                SELECT count(*) FROM stored""".formatted(KEYS_IN_ORDER))
                .param("keys", lockKeys(stored))
                .param("id", complaint.complaintId())
                .param("customer", complaint.customer().customerKey())
                .param("source", complaint.source().name())
                .param("received", Timestamp.from(complaint.receivedAt()))
                .param("signature", stored.signature())
                .param("payload", StorableText.json(json.writeValueAsString(complaint)))
                .param("kinds", identifiers.stream().map(id -> id.kind().name()).toArray(String[]::new))
                .param("values", identifiers.stream().map(id -> StorableText.of(id.value())).toArray(String[]::new))
                .param("roles", identifiers.stream().map(id -> id.role().name()).toArray(String[]::new))
                .param("bands", stored.bands())
                .query(Integer.class).single();
        return inserted > 0;
    }

    /** The complaint as received; nothing once its personal data was purged (retention), as if never scored. */
    public Optional<ComplaintReceived> find(String complaintId) {
        return jdbc.sql("SELECT payload::text FROM complaint WHERE complaint_id = ? AND personal_data_purged_at IS NULL")
                .param(complaintId)
                .query(String.class).optional().map(text -> json.readValue(text, ComplaintReceived.class));
    }

    /**
     * The context of a stored complaint, without its ring (see {@link #ring}), read by one statement (so from one
     * snapshot, taken after the locks): the customer's earlier complaints in the repeat window, and the later ones
     * scored before this one; for each of the complaint's identifiers, which other customers' complaints carry it in
     * the link window (the customers counted as the fewest people their keys can be: keys of one kind,
     * {@link CustomerKeyKind} customer id, ID number or phone, are different people, keys of different kinds may be one person,
     * so the others are the most keys of one kind, this complaint's own counted, less one; bounded: an identifier carried by thousands of complaints, a hotline,
     * is read only in part), whether it is on the watch list, and how many complaints of how many customers carried
     * it in the burst window before this one (not asked of ID numbers: one customer writing again and again is a
     * repeat, not a burst); and the best 20 candidate near-duplicates, by bands shared, among other customers'
     * complaints in the link window.
     */
    public LinkContext context(Stored stored) {
        return context(stored, List.of());
    }

    /**
     * The context as it counts against the complaint's customer ({@link #context(Stored)}), with the members of the
     * rings the customer was cleared of ({@code clearedRings}) left out of the identifiers shared, the bursts and
     * the near-duplicates: who else carries an identifier is counted among the other complaints only. Without a
     * cleared ring, the statement is the same as {@link #context(Stored)}'s.
     */
    public LinkContext context(Stored stored, List<String> clearedRings) {
        ComplaintReceived complaint = stored.complaint();
        List<Identifier> identifiers = stored.identifiers();
        List<String> earlier = new ArrayList<>();
        List<LinkContext.SharedIdentifier> shared = new ArrayList<>();
        List<LinkContext.WatchlistHit> watchlisted = new ArrayList<>();
        List<LinkContext.Burst> bursts = new ArrayList<>();
        List<LinkContext.SimilarText> similar = new ArrayList<>();
        List<String> later = new ArrayList<>();
        int hours = (int) properties.burstWindow().toHours();
        jdbc.sql("""
                WITH earlier_complaint AS (
                    SELECT complaint_id, received_at FROM complaint
                    WHERE customer_key = :customer AND received_at >= :repeatFrom AND received_at < :received
                      AND complaint_id <> :id
                    ORDER BY received_at, complaint_id LIMIT 20),
                later_complaint AS (
                    SELECT complaint_id, received_at FROM complaint
                    WHERE customer_key = :customer AND received_at > :received AND received_at < :repeatTo
                      AND complaint_id <> :id
                    ORDER BY received_at, complaint_id LIMIT 20),
                identifier_evidence AS (
                    SELECT i.position, greatest(s.same_kind, s.cid - 1, s.idn - 1, s.tel - 1, s.other - 1) AS others,
                           s.agent, s.lawyer, s.ids, b.complaints, b.customers, w.reason
                    FROM unnest(CAST(:kinds AS varchar[]), CAST(:values AS varchar[]))
                         WITH ORDINALITY AS i(kind, value, position)
                    CROSS JOIN LATERAL (
                        SELECT count(DISTINCT customer_key) FILTER (WHERE customer_key <> :customer
                                   AND left(customer_key, :prefixLength) = left(:customer, :prefixLength)) AS same_kind,
                               count(DISTINCT customer_key) FILTER (WHERE left(customer_key, :prefixLength) = :cid) AS cid,
                               count(DISTINCT customer_key) FILTER (WHERE left(customer_key, :prefixLength) = :idn) AS idn,
                               count(DISTINCT customer_key) FILTER (WHERE left(customer_key, :prefixLength) = :tel) AS tel,
                               count(DISTINCT customer_key) FILTER (WHERE left(customer_key, :prefixLength)
                                   NOT IN (:cid, :idn, :tel)) AS other,
                               coalesce(bool_or(role = 'AGENT'), false) AS agent,
                               coalesce(bool_or(role = 'LAWYER'), false) AS lawyer,
                               (array_agg(complaint_id ORDER BY received_at, complaint_id)
                                   FILTER (WHERE customer_key <> :customer))[1 : 10] AS ids
                        FROM (SELECT customer_key, role, complaint_id, received_at FROM complaint_identifier
                              WHERE kind = i.kind AND value = i.value AND complaint_id <> :id
                                AND received_at BETWEEN :linkFrom AND :linkTo%1$s
                              ORDER BY received_at LIMIT 2000) linked) s
                    CROSS JOIN LATERAL (
                        SELECT count(DISTINCT complaint_id) AS complaints, count(DISTINCT customer_key) AS customers
                        FROM (SELECT complaint_id, customer_key FROM complaint_identifier
                              WHERE kind = i.kind AND value = i.value AND i.kind <> 'ID_NUMBER'
                                AND received_at BETWEEN :burstFrom AND :received%1$s LIMIT 1000) recent) b
                    LEFT JOIN watchlist_entry w ON w.kind = i.kind AND w.value = i.value),
                near_duplicate AS (
                    SELECT c.complaint_id, c.customer_key, c.text_signature
                    FROM (SELECT complaint_id FROM text_band
                          WHERE band_key = ANY(CAST(:bands AS bigint[])) AND customer_key <> :customer
                            AND complaint_id <> :id AND received_at BETWEEN :linkFrom AND :linkTo%1$s
                          GROUP BY complaint_id ORDER BY count(*) DESC, complaint_id LIMIT 20) candidate
                    JOIN complaint c USING (complaint_id))
                SELECT 'EARLIER' AS part, NULL::bigint AS position, complaint_id, NULL AS customer_key,
                       NULL::bigint AS others, NULL::boolean AS agent, NULL::boolean AS lawyer, NULL::varchar[] AS ids,
                       NULL::bigint AS complaints, NULL::bigint AS customers, NULL AS reason,
                       NULL::integer[] AS text_signature, received_at
                FROM earlier_complaint
                UNION ALL
                SELECT 'LATER', NULL, complaint_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, received_at
                FROM later_complaint
                UNION ALL
                SELECT 'IDENTIFIER', position, NULL, NULL, others, agent, lawyer, ids, complaints, customers, reason,
                       NULL, NULL
                FROM identifier_evidence
                UNION ALL
                SELECT 'SIMILAR', NULL, complaint_id, customer_key, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                       text_signature, NULL
                FROM near_duplicate
                ORDER BY part, received_at, complaint_id, position""".formatted(clearedRings.isEmpty() ? ""
                        : " AND complaint_id NOT IN (" + CLEARED_MEMBERS + ")"))
                .param("cleared", clearedRings.toArray(String[]::new))
                .param("customer", complaint.customer().customerKey())
                .param("id", complaint.complaintId())
                .param("received", Timestamp.from(complaint.receivedAt()))
                .param("repeatFrom", Timestamp.from(complaint.receivedAt().minus(properties.repeatWindow())))
                .param("repeatTo", Timestamp.from(complaint.receivedAt().plus(properties.repeatWindow())))
                .param("linkFrom", Timestamp.from(complaint.receivedAt().minus(properties.linkWindow())))
                .param("linkTo", Timestamp.from(complaint.receivedAt().plus(properties.linkWindow())))
                .param("burstFrom", Timestamp.from(complaint.receivedAt().minus(properties.burstWindow())))
                .param("kinds", identifiers.stream().map(id -> id.kind().name()).toArray(String[]::new))
                .param("values", identifiers.stream().map(id -> StorableText.of(id.value())).toArray(String[]::new))
                .param("bands", stored.bands())
                .param("prefixLength", CustomerKeyKind.PREFIX_LENGTH)
                .param("cid", CustomerKeyKind.CUSTOMER_ID.prefix())
                .param("idn", CustomerKeyKind.ID_NUMBER.prefix())
                .param("tel", CustomerKeyKind.PHONE.prefix())
                .query((rs, n) -> {
                    switch (rs.getString("part")) {
                        case "EARLIER" -> earlier.add(rs.getString("complaint_id"));
                        case "LATER" -> later.add(rs.getString("complaint_id"));
                        case "IDENTIFIER" -> {
                            Identifier identifier = identifiers.get(rs.getInt("position") - 1);
                            int others = rs.getInt("others");
                            if (others > 0) {
                                shared.add(new LinkContext.SharedIdentifier(identifier, others,
                                        rs.getBoolean("agent") || identifier.role() == Identifier.Role.AGENT,
                                        rs.getBoolean("lawyer") || identifier.role() == Identifier.Role.LAWYER,
                                        strings(rs.getArray("ids"))));
                            }
                            String reason = rs.getString("reason");
                            if (reason != null) {
                                watchlisted.add(new LinkContext.WatchlistHit(identifier, reason));
                            }
                            int complaints = rs.getInt("complaints");
                            if (identifier.kind() != Identifier.Kind.ID_NUMBER
                                    && complaints >= properties.burstMinComplaints() && rs.getInt("customers") >= 2) {
                                bursts.add(new LinkContext.Burst(identifier, complaints, hours));
                            }
                        }
                        default -> {
                            double similarity = TextFingerprint.similarity(stored.signature(),
                                    ints(rs.getArray("text_signature")));
                            if (similarity >= properties.nearDuplicateSimilarity()) {
                                similar.add(new LinkContext.SimilarText(rs.getString("complaint_id"),
                                        rs.getString("customer_key"), similarity));
                            }
                        }
                    }
                    return null;
                })
                .list();
        similar.sort((a, b) -> b.similarity() != a.similarity() ? Double.compare(b.similarity(), a.similarity())
                : a.complaintId().compareTo(b.complaintId()));
        return new LinkContext((int) properties.repeatWindow().toDays(), earlier, shared, similar, watchlisted, bursts,
                null, later);
    }

    private static final String CLEARED_MEMBERS =
            "SELECT complaint_id FROM cluster_member WHERE cluster_id = ANY(CAST(:cleared AS varchar[]))";

    /**
     * Joins the complaint and the complaints it has suspicious links to into one ring, merging rings the links
     * span, and records why. The ring keeps the smallest id among the rings merged, so its id is stable as it grows.
     * When the ring's membership changed, the ring is queued to have its members assessed again
     * ({@link #expandQueuedRing}): one row however many members, so the cost of a join does not grow with the ring.
     * A handful of statements: the edges with the rings they touch, a lock on those rings, the merge (only when the
     * links span several rings), and the new members with the ring's queueing.
     */
    public void link(String complaintId, List<Edge> edges, Instant now) {
        if (edges.isEmpty()) {
            return;
        }
        int n = edges.size();
        String[] a = new String[n];
        String[] b = new String[n];
        String[] reasons = new String[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            Edge edge = edges.get(i);
            boolean first = complaintId.compareTo(edge.otherComplaintId()) < 0;
            a[i] = first ? complaintId : edge.otherComplaintId();
            b[i] = first ? edge.otherComplaintId() : complaintId;
            reasons[i] = edge.reason();
            details[i] = truncate(edge.detail(), 300);
        }
        Set<String> involved = new TreeSet<>();
        involved.add(complaintId);
        edges.forEach(edge -> involved.add(edge.otherComplaintId()));
        String[] involvedIds = involved.toArray(String[]::new);
        // rows inserted in one statement in array order: of two edges of one pair and reason, the first is kept
        List<String> existing = jdbc.sql("""
                WITH edge AS (
                    INSERT INTO cluster_edge (complaint_a, complaint_b, reason, detail)
                    SELECT * FROM unnest(CAST(:a AS varchar[]), CAST(:b AS varchar[]), CAST(:reasons AS varchar[]),
                                         CAST(:details AS varchar[]))
                    ON CONFLICT DO NOTHING)
                SELECT DISTINCT cluster_id FROM cluster_member WHERE complaint_id = ANY(CAST(:ids AS varchar[]))
                ORDER BY cluster_id""")
                .param("a", a).param("b", b).param("reasons", reasons).param("details", details)
                .param("ids", involvedIds)
                .query(String.class).list();
        String target = existing.isEmpty() ? "ring-" + involvedIds[0] : existing.getFirst();
        // the rings in the order of their ids, as read (or the new ring): the expansion of a queued ring takes the
        // same lock, so it reads the members once this transaction has committed them
        jdbc.sql("SELECT count(pg_advisory_xact_lock(key)) FROM " + KEYS_IN_ORDER)
                .param("keys", (existing.isEmpty() ? List.of(target) : existing).stream()
                        .mapToLong(LinkStore::ringLockKey).toArray())
                .query(Long.class).single();
        boolean merged = existing.size() > 1 && jdbc.sql(
                "UPDATE cluster_member SET cluster_id = :target WHERE cluster_id = ANY(CAST(:others AS varchar[]))")
                .param("target", target)
                .param("others", existing.subList(1, existing.size()).toArray(String[]::new))
                .update() > 0;
        if (merged) {
            followMerge(existing.subList(1, existing.size()), target);
        }
        // a ring already queued stays queued once: its expansion reads the members as they are then
        jdbc.sql("""
                WITH joined AS (
                    INSERT INTO cluster_member (complaint_id, cluster_id, customer_key, received_at)
                    SELECT c.complaint_id, :target, c.customer_key, c.received_at
                    FROM unnest(CAST(:ids AS varchar[])) WITH ORDINALITY AS m(member, position)
                    JOIN complaint c ON c.complaint_id = m.member
                    WHERE NOT EXISTS (SELECT FROM cluster_member WHERE complaint_id = m.member)
                    ORDER BY m.position
                    ON CONFLICT (complaint_id) DO NOTHING
                    RETURNING complaint_id)
                INSERT INTO ring_reassessment (cluster_id, caused_by, queued_at)
                SELECT :target, :causedBy, :now WHERE :merged OR EXISTS (SELECT FROM joined)
                ON CONFLICT (cluster_id) DO NOTHING""")
                .param("target", target).param("ids", involvedIds).param("causedBy", complaintId)
                .param("now", Timestamp.from(now)).param("merged", merged)
                .update();
    }

    /**
     * Expands the oldest queued ring into the re-assessment queue of its members, and removes it from the ring queue,
     * in the caller's transaction. The ring is taken with {@code FOR UPDATE SKIP LOCKED} (another instance skips it),
     * then its lock is taken, so the members are read once every transaction growing it has committed; one that grows
     * it later finds no queued ring and queues it again. A ring of more than {@code max} members has the {@code max}
     * members assessed longest ago queued: the ring's size is in every member's evidence, so each expansion renews the
     * stalest and the members of a big ring take turns.
     *
     * @return the ring expanded and its size, if one was queued
     */
    public Optional<QueuedRing> expandQueuedRing(int max, Instant now) {
        Optional<String> ring = jdbc.sql("""
                SELECT cluster_id FROM ring_reassessment ORDER BY queued_at, cluster_id LIMIT 1
                FOR UPDATE SKIP LOCKED""").query(String.class).optional();
        return ring.map(clusterId -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ringLockKey(clusterId)).query(Object.class).single();
            int members = jdbc.sql("""
                    WITH job AS (
                        DELETE FROM ring_reassessment WHERE cluster_id = :ring RETURNING caused_by),
                    member AS (
                        SELECT m.complaint_id, count(*) OVER () AS members
                        FROM cluster_member m LEFT JOIN assessment a USING (complaint_id)
                        WHERE m.cluster_id = :ring
                        ORDER BY a.occurred_at NULLS FIRST, m.complaint_id LIMIT :max),
                    queued AS (
                        INSERT INTO reassessment_queue (complaint_id, caused_by, queued_at)
                        SELECT member.complaint_id, job.caused_by, :now FROM member, job
                        ON CONFLICT (complaint_id) DO NOTHING)
                    SELECT coalesce(max(members), 0) FROM member""")
                    .param("ring", clusterId).param("max", max).param("now", Timestamp.from(now))
                    .query(Integer.class).single();
            return new QueuedRing(clusterId, members);
        });
    }

    /**
     * Moves the supervisors' verdicts on customers in merged rings to the ring they were merged into: a customer
     * cleared of a ring stays cleared of it as it grows. Of a customer's verdicts in the rings merged, the latest is
     * kept.
     */
    private void followMerge(List<String> merged, String target) {
        jdbc.sql("""
                WITH moved AS (
                    DELETE FROM proxy_verdict WHERE scope = 'RING' AND scope_id = ANY(CAST(:merged AS varchar[]))
                    RETURNING *)
                INSERT INTO proxy_verdict (customer_key, scope, scope_id, decision, event_id, reviewer, reason,
                                           decided_at)
                SELECT DISTINCT ON (customer_key) customer_key, 'RING', :target, decision, event_id, reviewer, reason,
                       decided_at
                FROM moved ORDER BY customer_key, decided_at DESC
                ON CONFLICT (customer_key, scope, scope_id) DO UPDATE SET decision = EXCLUDED.decision,
                    event_id = EXCLUDED.event_id, reviewer = EXCLUDED.reviewer, reason = EXCLUDED.reason,
                    decided_at = EXCLUDED.decided_at
                WHERE EXCLUDED.decided_at > proxy_verdict.decided_at""")
                .param("merged", merged.toArray(String[]::new)).param("target", target)
                .update();
    }

    /** The complaints of one customer in a ring. */
    public List<String> complaintsOfCustomerInRing(String clusterId, String customerKey) {
        return jdbc.sql("""
                SELECT complaint_id FROM cluster_member WHERE cluster_id = ? AND customer_key = ?
                ORDER BY received_at, complaint_id""")
                .params(clusterId, customerKey).query(String.class).list();
    }

    /** A ring taken from the ring queue, and how many members it had. */
    public record QueuedRing(String clusterId, int members) {
    }

    /** Queues complaints scored before to be assessed again, in one statement; one already queued stays so once. */
    public void queueReassessment(List<String> complaintIds, String causedBy, Instant now) {
        jdbc.sql("""
                INSERT INTO reassessment_queue (complaint_id, caused_by, queued_at)
                SELECT queued, :causedBy, :now FROM unnest(CAST(:ids AS varchar[])) AS q(queued)
                ON CONFLICT (complaint_id) DO NOTHING""")
                .param("ids", complaintIds.toArray(String[]::new)).param("causedBy", causedBy)
                .param("now", Timestamp.from(now))
                .update();
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

    /** The ring a complaint belongs to, if any, in one statement. */
    public LinkContext.@Nullable Ring ring(String complaintId) {
        return jdbc.sql("""
                SELECT m.cluster_id, count(*) AS complaints, count(DISTINCT m.customer_key) AS customers,
                       (array_agg(m.complaint_id ORDER BY m.received_at, m.complaint_id))[1 : 20] AS ids
                FROM cluster_member m
                WHERE m.cluster_id = (SELECT cluster_id FROM cluster_member WHERE complaint_id = ?)
                GROUP BY m.cluster_id""")
                .param(complaintId)
                .query((rs, n) -> new LinkContext.Ring(rs.getString("cluster_id"), rs.getInt("complaints"),
                        rs.getInt("customers"), strings(rs.getArray("ids"))))
                .optional().orElse(null);
    }

    public LinkContext.@Nullable Ring ringById(String clusterId) {
        var row = jdbc.sql("""
                SELECT count(*) AS complaints, count(DISTINCT m.customer_key) AS customers,
                       (array_agg(m.complaint_id ORDER BY m.received_at, m.complaint_id))[1 : 20] AS ids
                FROM cluster_member m WHERE m.cluster_id = ?""")
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

    private static long ringLockKey(String clusterId) {
        return lockKey("cluster:" + clusterId);
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
