package org.complaintsuite.workflow.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prevention layer's figures for the Beijing days [from, to), for operations and supervisors
 * ({@code GET /api/v1/metrics/prevention}).
 */
@Service
public class PreventionMetrics {

    /** A care task counts as prevented when no complaint of its customer followed within this (and it is this old). */
    static final Duration PREVENTED_AFTER = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    PreventionMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param contacts                ordinary contacts taken in (diverted by intake), by the day of the contact
     * @param complaints              complaints received, by the day received
     * @param complaintsPer10kContacts complaints per 10,000 contacts; null without contacts
     * @param careTasksOpened         care tasks opened for contacts of those days
     * @param feedbackOnTime          of the tasks reviewed, the share reviewed within their 30 minutes; null for none
     * @param handlingOnTime          of the tasks closed, the share closed within their 24 hours; null for none
     * @param careTasksMatured        tasks opened at least 30 days ago, whose prevention can be judged
     * @param preventedRate           of those, the share not followed by a complaint of the customer; null for none
     */
    public record Figures(LocalDate from, LocalDate to, long contacts, long complaints,
            @Nullable Double complaintsPer10kContacts, long careTasksOpened, @Nullable Double feedbackOnTime,
            @Nullable Double handlingOnTime, long careTasksMatured, @Nullable Double preventedRate) {
    }

    @Transactional(readOnly = true)
    public Figures of(LocalDate from, LocalDate to) {
        long contacts = jdbc.sql("SELECT COALESCE(sum(contacts), 0) FROM contact_daily WHERE day >= :from AND day < :to")
                .param("from", from).param("to", to).query(Long.class).single();
        long complaints = jdbc.sql("""
                SELECT COALESCE(sum(received), 0) FROM sla_daily_rollup WHERE day >= :from AND day < :to""")
                .param("from", from).param("to", to).query(Long.class).single();
        Timestamp maturedBefore = Timestamp.from(clock.instant().minus(PREVENTED_AFTER));
        return jdbc.sql("""
                SELECT count(*) AS opened,
                       count(*) FILTER (WHERE feedback_at IS NOT NULL) AS reviewed,
                       count(*) FILTER (WHERE feedback_at <= feedback_due_at) AS reviewed_on_time,
                       count(*) FILTER (WHERE closed_at IS NOT NULL) AS closed,
                       count(*) FILTER (WHERE closed_at <= handling_due_at) AS closed_on_time,
                       count(*) FILTER (WHERE opened_at < :maturedBefore) AS matured,
                       count(*) FILTER (WHERE opened_at < :maturedBefore AND became_complaint IS NULL) AS prevented
                FROM care_task
                WHERE (contacted_at AT TIME ZONE 'Asia/Shanghai')::date >= :from
                  AND (contacted_at AT TIME ZONE 'Asia/Shanghai')::date < :to""")
                .param("from", from).param("to", to).param("maturedBefore", maturedBefore)
                .query((rs, n) -> new Figures(from, to, contacts, complaints,
                        contacts == 0 ? null : complaints * 10_000.0 / contacts, rs.getLong("opened"),
                        share(rs.getLong("reviewed_on_time"), rs.getLong("reviewed")),
                        share(rs.getLong("closed_on_time"), rs.getLong("closed")), rs.getLong("matured"),
                        share(rs.getLong("prevented"), rs.getLong("matured"))))
                .single();
    }

    private static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
