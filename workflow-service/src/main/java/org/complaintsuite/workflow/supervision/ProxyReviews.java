package org.complaintsuite.workflow.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ProxyFlagReviewed;

/**
 * Supervisors' reviews of proxy flags (table {@code proxy_review}); the latest review of a case is the one in force.
 * A review not yet published to risk scoring waits here for {@link ProxyReviewRelay}.
 */
@Repository
public class ProxyReviews {

    private final JdbcClient jdbc;

    ProxyReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(ProxyFlagReviewed review) {
        jdbc.sql("""
                INSERT INTO proxy_review (event_id, complaint_id, customer_key, decision, ring_id, reviewer, reason,
                    reviewed_at)
                VALUES (:eventId, :complaintId, :customerKey, :decision, :ringId, :reviewer, :reason, :at)""")
                .param("eventId", review.eventId())
                .param("complaintId", review.complaintId())
                .param("customerKey", review.customerKey())
                .param("decision", review.decision().name())
                .param("ringId", review.ringId())
                .param("reviewer", review.reviewer())
                .param("reason", review.reason())
                .param("at", Timestamp.from(review.occurredAt()))
                .update();
    }

    /** The review in force on a case: its latest. */
    public Optional<ProxyFlagReviewed> latest(String complaintId) {
        return jdbc.sql(SELECT + " WHERE complaint_id = :id ORDER BY reviewed_at DESC, event_id LIMIT 1")
                .param("id", complaintId)
                .query(ProxyReviews::review)
                .optional();
    }

    /** The review in force on each of these cases that has one, by complaint id: one query for a batch. */
    public Map<String, ProxyFlagReviewed> latestOf(Collection<String> complaintIds) {
        if (complaintIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT DISTINCT ON (complaint_id) * FROM (" + SELECT + " WHERE complaint_id IN (:ids)) r"
                        + " ORDER BY complaint_id, reviewed_at DESC, event_id")
                .param("ids", complaintIds)
                .query(ProxyReviews::review)
                .stream().collect(Collectors.toMap(ProxyFlagReviewed::complaintId, Function.identity()));
    }

    /** Reviews not yet acknowledged by the broker, oldest first, locked for this relay (others skip them). */
    @Transactional(propagation = Propagation.MANDATORY)
    List<ProxyFlagReviewed> lockUnpublished(int limit) {
        return jdbc.sql(SELECT + " WHERE published_at IS NULL ORDER BY reviewed_at, event_id LIMIT :limit"
                        + " FOR UPDATE SKIP LOCKED")
                .param("limit", limit)
                .query(ProxyReviews::review)
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markPublished(List<UUID> eventIds, Instant at) {
        if (!eventIds.isEmpty()) {
            jdbc.sql("UPDATE proxy_review SET published_at = :at WHERE event_id IN (:ids)")
                    .param("at", Timestamp.from(at)).param("ids", eventIds).update();
        }
    }

    /** How many reviews in force confirmed and dismissed a flag, of the cases received in the days [from, to). */
    public Counts counts(LocalDate from, LocalDate to, ZoneId zone) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE r.decision = 'CONFIRMED') AS confirmed,
                       count(*) FILTER (WHERE r.decision = 'DISMISSED') AS dismissed
                FROM complaint_case c
                JOIN LATERAL (SELECT decision FROM proxy_review p WHERE p.complaint_id = c.complaint_id
                              ORDER BY p.reviewed_at DESC, p.event_id LIMIT 1) r ON TRUE
                WHERE c.received_at >= :from AND c.received_at < :to""")
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.atStartOfDay(zone).toInstant()))
                .query((rs, row) -> new Counts(rs.getLong("confirmed"), rs.getLong("dismissed")))
                .single();
    }

    /** Cases whose proxy flag a supervisor confirmed, and dismissed, in the review in force. */
    public record Counts(long confirmed, long dismissed) {
    }

    private static final String SELECT = """
            SELECT event_id, reviewed_at, complaint_id, customer_key, decision, ring_id, reviewer, reason
            FROM proxy_review""";

    private static ProxyFlagReviewed review(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ProxyFlagReviewed(rs.getObject("event_id", UUID.class), rs.getTimestamp("reviewed_at").toInstant(),
                rs.getString("complaint_id"), rs.getString("customer_key"),
                ProxyFlagReviewed.Decision.valueOf(rs.getString("decision")), rs.getString("ring_id"),
                rs.getString("reviewer"), rs.getString("reason"));
    }
}
