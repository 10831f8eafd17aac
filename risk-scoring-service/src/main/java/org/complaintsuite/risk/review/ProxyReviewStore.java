package org.complaintsuite.risk.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.model.ProxyFlagReviewed.Decision;

/** Supervisors' reviews of proxy flags as they arrived, each once. */
@Repository
public class ProxyReviewStore {

    private final JdbcClient jdbc;

    public ProxyReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A review as shown with the complaint's assessment. */
    public record Review(UUID eventId, Instant reviewedAt, Decision decision, @Nullable String ringId, String reviewer,
            String reason) {
    }

    /**
     * Records the review unless it was recorded before (a redelivery).
     *
     * @return whether it is new
     */
    public boolean record(ProxyFlagReviewed review, Instant now) {
        return jdbc.sql("""
                INSERT INTO proxy_review (event_id, complaint_id, customer_key, decision, ring_id, reviewer, reason,
                                          reviewed_at, received_at)
                VALUES (:event, :complaint, :customer, :decision, :ring, :reviewer, :reason, :reviewedAt, :now)
                ON CONFLICT (event_id) DO NOTHING""")
                .param("event", review.eventId()).param("complaint", review.complaintId())
                .param("customer", review.customerKey()).param("decision", review.decision().name())
                .param("ring", review.ringId()).param("reviewer", review.reviewer()).param("reason", review.reason())
                .param("reviewedAt", Timestamp.from(review.occurredAt())).param("now", Timestamp.from(now))
                .update() > 0;
    }

    /** The reviews of a complaint, oldest first. */
    public List<Review> ofComplaint(String complaintId) {
        return jdbc.sql("""
                SELECT event_id, reviewed_at, decision, ring_id, reviewer, reason FROM proxy_review
                WHERE complaint_id = ? ORDER BY reviewed_at, event_id""")
                .param(complaintId)
                .query((rs, n) -> new Review(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        Decision.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }
}
