package org.complaintsuite.workflow.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.outbox.OutboxEntry;
import org.complaintsuite.support.outbox.OutboxStore;

/** The alerts raised, the outbox of those still to publish, and the alert columns of the cases. */
@Repository
class AlertStore implements OutboxStore<Long> {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AlertStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The cases whose next alert is due, earliest first, locked for this transaction; cases another scan holds are
     * skipped, so that several instances split the work.
     */
    List<String> lockDueCases(Instant now, int limit) {
        return jdbc.sql("""
                SELECT complaint_id FROM complaint_case
                WHERE next_alert_at <= :now
                ORDER BY next_alert_at
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(String.class).list();
    }

    /**
     * Records the alert as raised and puts it in the outbox, unless it was raised before.
     *
     * @return whether it is new
     */
    boolean raise(SlaAlertRaised alert) {
        int inserted = jdbc.sql("""
                INSERT INTO sla_alert (complaint_id, clock, threshold, clock_started_at, event_id, kind, passed_at,
                                       due_at, raised_at)
                VALUES (:complaintId, :clock, :threshold, :startedAt, :eventId, :kind, :passedAt, :dueAt, :raisedAt)
                ON CONFLICT DO NOTHING""")
                .param("complaintId", alert.complaintId())
                .param("clock", alert.clock().name())
                .param("threshold", alert.threshold())
                .param("startedAt", Timestamp.from(alert.clockStartedAt()))
                .param("eventId", alert.eventId())
                .param("kind", alert.kind().name())
                .param("passedAt", Timestamp.from(alert.passedAt()))
                .param("dueAt", Timestamp.from(alert.dueAt()))
                .param("raisedAt", Timestamp.from(alert.occurredAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO sla_alert_outbox (complaint_id, event_id, event, created_at)
                VALUES (:complaintId, :eventId, CAST(:event AS json), :createdAt)""")
                .param("complaintId", alert.complaintId())
                .param("eventId", alert.eventId())
                .param("event", json.writeValueAsString(alert))
                .param("createdAt", Timestamp.from(alert.occurredAt()))
                .update();
        return true;
    }

    /**
     * Writes the case's alert columns and nothing else: raising an alert is not an edit of the case, so its version
     * stays and an agent working on it gets no conflict.
     */
    void reschedule(String complaintId, @Nullable Instant nextAlertAt, int alertsRaised) {
        jdbc.sql("UPDATE complaint_case SET next_alert_at = :next, alerts_raised = :raised WHERE complaint_id = :id")
                .param("next", nextAlertAt == null ? null : Timestamp.from(nextAlertAt))
                .param("raised", alertsRaised)
                .param("id", complaintId)
                .update();
    }

    /** The oldest alerts still to publish, as the JSON text they were raised as. */
    @Override
    public List<OutboxEntry<Long>> claim(int limit) {
        return jdbc.sql("""
                SELECT id, complaint_id, event::text AS event FROM sla_alert_outbox
                ORDER BY id
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""")
                .param("limit", limit)
                .query((rs, row) -> new OutboxEntry<>(rs.getLong("id"), Topics.SLA_ALERTS, rs.getString("complaint_id"),
                        (Object) rs.getString("event")))
                .list();
    }

    @Override
    public void published(List<Long> ids) {
        delete(ids);
    }

    int delete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM sla_alert_outbox WHERE id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .update();
    }

    long pendingCount() {
        return jdbc.sql("SELECT count(*) FROM sla_alert_outbox").query(Long.class).single();
    }

    /** This outbox's relay identity (one per database, made by the migration). */
    UUID relayId() {
        return jdbc.sql("SELECT relay_id FROM sla_alert_relay").query(UUID.class).single();
    }
}
