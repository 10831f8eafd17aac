package org.complaintsuite.workflow.inbox.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook outbox ({@code inbox_webhook_delivery}, migration V7). */
@Repository
class WebhookDeliveryStore {

    /** A delivery claimed for sending; {@code attempts} counts the attempts made before this one. */
    record Claimed(long id, String endpoint, String body, int attempts) {
    }

    enum Status {
        PENDING, DELIVERED, FAILED
    }

    private final JdbcClient jdbc;

    WebhookDeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long alertRowId, String endpoint, String body, Instant now) {
        jdbc.sql("""
                INSERT INTO inbox_webhook_delivery (alert_id, endpoint, body, status, next_attempt_at, created_at)
                VALUES (:alertId, :endpoint, :body, 'PENDING', :now, :now)
                ON CONFLICT (alert_id, endpoint) DO NOTHING""")
                .param("alertId", alertRowId)
                .param("endpoint", endpoint)
                .param("body", body)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Takes up to {@code limit} due deliveries for this instance: rows another instance is claiming right now are
     * skipped, and the ones taken are not due again before {@code leaseUntil}, so no other instance sends them
     * meanwhile (and one that dies mid-send leaves them to the others after that).
     */
    List<Claimed> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE inbox_webhook_delivery d SET next_attempt_at = :leaseUntil
                WHERE d.id IN (SELECT id FROM inbox_webhook_delivery
                               WHERE status = 'PENDING' AND next_attempt_at <= :now
                               ORDER BY next_attempt_at, id
                               LIMIT :limit
                               FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.endpoint, d.body, d.attempts""")
                .param("now", Timestamp.from(now))
                .param("leaseUntil", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("endpoint"), rs.getString("body"),
                        rs.getInt("attempts")))
                .list();
    }

    void delivered(long id, int attempts, Instant now) {
        finish(id, Status.DELIVERED, attempts, null, now);
    }

    void failed(long id, int attempts, String error, Instant now) {
        finish(id, Status.FAILED, attempts, error, now);
    }

    void retryAt(long id, int attempts, String error, Instant next) {
        jdbc.sql("""
                UPDATE inbox_webhook_delivery SET attempts = :attempts, last_error = :error, next_attempt_at = :next
                WHERE id = :id""")
                .param("id", id)
                .param("attempts", attempts)
                .param("error", truncate(error))
                .param("next", Timestamp.from(next))
                .update();
    }

    long count(Status status) {
        return jdbc.sql("SELECT count(*) FROM inbox_webhook_delivery WHERE status = :status")
                .param("status", status.name())
                .query(Long.class).single();
    }

    private void finish(long id, Status status, int attempts, @Nullable String error,
            Instant now) {
        jdbc.sql("""
                UPDATE inbox_webhook_delivery
                SET status = :status, attempts = :attempts, last_error = :error, finished_at = :now
                WHERE id = :id""")
                .param("id", id)
                .param("status", status.name())
                .param("attempts", attempts)
                .param("error", error == null ? null : truncate(error))
                .param("now", Timestamp.from(now))
                .update();
    }

    private static String truncate(String error) {
        return error.length() <= 300 ? error : error.substring(0, 300);
    }
}
