package org.complaintsuite.risk.links;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.complaintsuite.risk.RiskProperties;

/**
 * Rings in the link store: complaints joined by suspicious links (which links are suspicious is the rules' decision,
 * {@code proxy.RingLinks}), the links that made them, and the queue of grown rings whose members are to be assessed
 * again. One statement per question, under {@code sql/links/}.
 */
@Repository
public class RingStore {

    private static final String RECORD_EDGES = Sql.load("record-edges");
    private static final String MERGE_RINGS = Sql.load("merge-rings");
    private static final String MOVE_VERDICTS = Sql.load("move-verdicts");
    private static final String JOIN_RING = Sql.load("join-ring");
    private static final String TAKE_QUEUED_RING = Sql.load("take-queued-ring");
    private static final String EXPAND_RING = Sql.load("expand-ring");
    private static final String RING_OF_COMPLAINT = Sql.load("ring-of-complaint");
    private static final String RING = Sql.load("ring");
    private static final String RING_EDGES = Sql.load("ring-edges");
    private static final String CUSTOMER_COMPLAINTS_IN_RING = Sql.load("customer-complaints-in-ring");
    private static final String REASSESSMENT_QUEUE = Sql.load("reassessment-queue");

    private final JdbcClient jdbc;
    private final RiskProperties.Limits limits;

    public RingStore(JdbcClient jdbc, RiskProperties properties) {
        this.jdbc = jdbc;
        this.limits = properties.limits();
    }

    /** One reason two complaints of different customers are linked. */
    public record Edge(String otherComplaintId, String reason, String detail) {
    }

    /** A ring taken from the ring queue, and how many members it had. */
    public record QueuedRing(String clusterId, int members) {
    }

    public record RingEdge(String complaintA, String complaintB, String reason, String detail) {
    }

    /**
     * What linking a complaint did.
     *
     * @param ring   the ring the complaint is in now, if it was linked
     * @param queued whether this linking queued the ring for its members' re-assessment (a ring queued already
     *               stays queued once)
     */
    public record Linked(LinkContext.@Nullable Ring ring, boolean queued) {

        static final Linked NOTHING = new Linked(null, false);
    }

    /**
     * The re-assessment work queued, on every instance.
     *
     * @param rings      grown rings still to be expanded into their members
     * @param complaints complaints still to be assessed again
     * @param oldestRing when the ring queued longest ago was queued, if any is
     */
    public record QueueDepth(int rings, int complaints, @Nullable Instant oldestRing) {
    }

    /**
     * Joins the complaint and the complaints it has suspicious links to into one ring, merging rings the links
     * span, and records why. The ring keeps the smallest id among the rings merged, so its id is stable as it grows.
     * When the ring's membership changed, the ring is queued to have its members assessed again
     * ({@link #expandQueuedRing}): one row however many members, so the cost of a join does not grow with the ring.
     * A handful of statements: the edges with the rings they touch, a lock on those rings, the merge (only when the
     * links span several rings), and the new members with the ring's queueing, which reads the ring back.
     *
     * @return the ring the complaint is in now, and whether this queued it; nothing when there is no edge
     */
    public Linked link(String complaintId, List<Edge> edges, Instant now) {
        if (edges.isEmpty()) {
            return Linked.NOTHING;
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
            details[i] = truncate(edge.detail(), limits.edgeDetailLength());
        }
        Set<String> involved = new TreeSet<>();
        involved.add(complaintId);
        edges.forEach(edge -> involved.add(edge.otherComplaintId()));
        String[] involvedIds = involved.toArray(String[]::new);
        List<String> existing = jdbc.sql(RECORD_EDGES)
                .param("a", a).param("b", b).param("reasons", reasons).param("details", details)
                .param("ids", involvedIds)
                .query(String.class).list();
        String target = existing.isEmpty() ? "ring-" + involvedIds[0] : existing.getFirst();
        // the rings in the order of their ids, as read (or the new ring): the expansion of a queued ring takes the
        // same lock, so it reads the members once this transaction has committed them
        LinkLocks.inOrder(jdbc, (existing.isEmpty() ? List.of(target) : existing).stream()
                .mapToLong(RingStore::ringLockKey).toArray());
        List<String> others = existing.size() > 1 ? existing.subList(1, existing.size()) : List.of();
        boolean merged = !others.isEmpty() && jdbc.sql(MERGE_RINGS)
                .param("target", target).param("others", others.toArray(String[]::new))
                .update() > 0;
        if (merged) {
            // a customer cleared of a ring stays cleared of it as it grows
            jdbc.sql(MOVE_VERDICTS).param("merged", others.toArray(String[]::new)).param("target", target).update();
        }
        // a ring already queued stays queued once: its expansion reads the members as they are then
        return jdbc.sql(JOIN_RING)
                .param("target", target).param("ids", involvedIds).param("causedBy", complaintId)
                .param("now", Timestamp.from(now)).param("merged", merged).param("shown", limits.ringMembersShown())
                .query((rs, row) -> new Linked(new LinkContext.Ring(target, rs.getInt("complaints"),
                        rs.getInt("customers"), SqlArrays.strings(rs.getArray("ids"))), rs.getBoolean("queued")))
                .single();
    }

    /**
     * Expands the oldest queued ring into the re-assessment queue of its members, and removes it from the ring queue,
     * in the caller's transaction. The ring is taken with {@code FOR UPDATE SKIP LOCKED} (another instance skips it),
     * then its lock is taken, so the members are read once every transaction growing it has committed; one that grows
     * it later finds no queued ring and queues it again. A ring of more than {@code max} members has the {@code max}
     * members assessed longest ago queued: the ring's size is in every member's evidence, so each expansion renews the
     * stalest and the members of a big ring take turns.
     *
     * Only a ring queued at or before {@code readyBefore} is taken: one queued later may grow again, and its growths
     * within that window make one expansion.
     *
     * @return the ring expanded and its size, if one was queued
     */
    public Optional<QueuedRing> expandQueuedRing(int max, Instant now, Instant readyBefore) {
        Optional<String> ring = jdbc.sql(TAKE_QUEUED_RING).param("readyBefore", Timestamp.from(readyBefore))
                .query(String.class).optional();
        return ring.map(clusterId -> {
            LinkLocks.inOrder(jdbc, new long[] {ringLockKey(clusterId)});
            int members = jdbc.sql(EXPAND_RING)
                    .param("ring", clusterId).param("max", max).param("now", Timestamp.from(now))
                    .query(Integer.class).single();
            return new QueuedRing(clusterId, members);
        });
    }

    /** How much re-assessment work is queued, in one statement. */
    public QueueDepth queueDepth() {
        return jdbc.sql(REASSESSMENT_QUEUE)
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp("oldest_ring");
                    return new QueueDepth(rs.getInt("rings"), rs.getInt("complaints"),
                            oldest == null ? null : oldest.toInstant());
                })
                .single();
    }

    /** The complaints of one customer in a ring. */
    public List<String> complaintsOfCustomerInRing(String clusterId, String customerKey) {
        return jdbc.sql(CUSTOMER_COMPLAINTS_IN_RING).param("ring", clusterId).param("customer", customerKey)
                .query(String.class).list();
    }

    /** The ring a complaint belongs to, if any, in one statement. */
    public LinkContext.@Nullable Ring ring(String complaintId) {
        return jdbc.sql(RING_OF_COMPLAINT).param("id", complaintId).param("shown", limits.ringMembersShown())
                .query((rs, n) -> new LinkContext.Ring(rs.getString("cluster_id"), rs.getInt("complaints"),
                        rs.getInt("customers"), SqlArrays.strings(rs.getArray("ids"))))
                .optional().orElse(null);
    }

    public LinkContext.@Nullable Ring ringById(String clusterId) {
        var row = jdbc.sql(RING).param("ring", clusterId).param("shown", limits.ringMembersShown())
                .query((rs, n) -> new LinkContext.Ring(clusterId, rs.getInt("complaints"), rs.getInt("customers"),
                        SqlArrays.strings(rs.getArray("ids"))))
                .single();
        return row.complaints() == 0 ? null : row;
    }

    /** The edges inside a ring: which complaints are linked, and why. */
    public List<RingEdge> edges(String clusterId) {
        return jdbc.sql(RING_EDGES).param("ring", clusterId).param("listed", limits.ringEdgesListed())
                .query((rs, n) -> new RingEdge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static long ringLockKey(String clusterId) {
        return LinkLocks.key("cluster:" + clusterId);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
