package org.complaintsuite.workflow.care;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import org.complaintsuite.workflow.inbox.Address;
import org.complaintsuite.workflow.inbox.Audience;
import org.complaintsuite.workflow.inbox.InboxService;
import org.complaintsuite.workflow.routing.SpecialistGroup;

/**
 * Raises the care tasks' clock alerts ({@link CareAlert}) in the proactive group's inbox (a breach also to its
 * supervisors), each once: the task's row is locked while its alerts are raised ({@code SKIP LOCKED}, so that
 * instances share the work), its raised bits and next due time are written in the same transaction, and an alert's id
 * is derived from the task, clock and threshold (the inbox keeps one per id).
 */
@Component
class CareAlerts implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CareAlerts.class);
    private static final int BATCH = 100;
    private static final String GROUP = SpecialistGroup.PROACTIVE.name();
    /** A task's clocks and raised alerts, as {@link #row} reads them. */
    private static final String ROW = """
            SELECT contact_id, opened_at, feedback_due_at, feedback_at, handling_due_at, closed_at, alerts_raised
            FROM care_task""";

    private final JdbcClient jdbc;
    private final InboxService inbox;
    private final ContactLinks links;
    private final TransactionOperations transactions;
    private final CareProperties properties;
    private final Clock clock;

    CareAlerts(JdbcClient jdbc, InboxService inbox, ContactLinks links, TransactionOperations transactions,
            CareProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.links = links;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::scanQuietly, properties.alertScanInterval());
    }

    private record Row(String contactId, Instant openedAt, Instant feedbackDue, @Nullable Instant feedbackAt,
            Instant handlingDue, @Nullable Instant closedAt, int raised) {
    }

    /** Raises every alert due now; returns how many. */
    int scan() {
        Instant now = clock.instant();
        Integer raised = transactions.execute(status -> {
            int count = 0;
            for (Row row : due(now)) {
                count += raise(row, now);
            }
            return count;
        });
        return raised == null ? 0 : raised;
    }

    /** When a task just opened raises its first alert: half of its feedback time. */
    static @Nullable Instant firstAlert(Instant openedAt, Instant feedbackDue, Instant handlingDue) {
        return CareAlert.due(openedAt, feedbackDue, null, handlingDue, null, 0, openedAt).next();
    }

    /** Moves the task's next alert after its clocks changed (a decision stops the feedback clock, an outcome both). */
    void reschedule(String contactId, Instant now) {
        Row row = jdbc.sql(ROW + " WHERE contact_id = :id").param("id", contactId).query(CareAlerts::row).single();
        Instant next = CareAlert.due(row.openedAt(), row.feedbackDue(), row.feedbackAt(), row.handlingDue(),
                row.closedAt(), row.raised(), now).next();
        jdbc.sql("UPDATE care_task SET next_alert_at = :next WHERE contact_id = :id")
                .param("next", next == null ? null : Timestamp.from(next)).param("id", contactId).update();
    }

    /** First closes the tasks whose customer complained meanwhile ({@link ContactLinks#closeLinkedOpenTasks}). */
    private void scanQuietly() {
        try {
            links.closeLinkedOpenTasks();
            int raised = scan();
            if (raised > 0) {
                log.info("Raised {} care-task alert(s)", raised);
            }
        }
        catch (RuntimeException ex) {
            log.warn("Care-task alerts not raised this time, tried again in {}: {}", properties.alertScanInterval(),
                    ex.toString());
        }
    }

    private List<Row> due(Instant now) {
        return jdbc.sql(ROW + " WHERE next_alert_at <= :now ORDER BY next_alert_at LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("now", Timestamp.from(now)).param("limit", BATCH)
                .query(CareAlerts::row)
                .list();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
                instant(rs.getTimestamp(4)), rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), rs.getInt(7));
    }

    private int raise(Row row, Instant now) {
        var due = CareAlert.due(row.openedAt(), row.feedbackDue(), row.feedbackAt(), row.handlingDue(),
                row.closedAt(), row.raised(), now);
        int raised = row.raised();
        for (CareAlert alert : due.passed()) {
            inbox.alert(eventId(row.contactId(), alert), alert.kind(), row.contactId(), reason(row, alert), GROUP,
                    addresses(alert));
            raised |= alert.bit();
        }
        jdbc.sql("UPDATE care_task SET alerts_raised = :raised, next_alert_at = :next WHERE contact_id = :id")
                .param("raised", raised).param("next", due.next() == null ? null : Timestamp.from(due.next()))
                .param("id", row.contactId()).update();
        return due.passed().size();
    }

    private static UUID eventId(String contactId, CareAlert alert) {
        return UUID.nameUUIDFromBytes(("care-task:" + contactId + ":" + alert.clock() + ":" + alert.threshold())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<Address> addresses(CareAlert alert) {
        Address group = new Address(Audience.GROUP, GROUP);
        return alert.threshold() >= 100 ? List.of(group, new Address(Audience.GROUP_SUPERVISORS, GROUP))
                : List.of(group);
    }

    /** A line without personal data: the task, the clock, how far it is and when it is due. */
    private static String reason(Row row, CareAlert alert) {
        Instant dueAt = alert.clock() == CareAlert.ClockKind.FEEDBACK ? row.feedbackDue() : row.handlingDue();
        String what = alert.clock() == CareAlert.ClockKind.FEEDBACK ? "quality-check feedback" : "handling";
        Duration time = Duration.between(row.openedAt(), dueAt);
        return alert.threshold() >= 100
                ? "Care task %s: the %s is overdue (due %s)".formatted(row.contactId(), what, dueAt)
                : "Care task %s: the %s passed %d %% of its %d minutes (due %s)".formatted(row.contactId(), what,
                        alert.threshold(), time.toMinutes(), dueAt);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
