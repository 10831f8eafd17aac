package org.complaintsuite.workflow.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import org.complaintsuite.support.retention.Purges;
import org.complaintsuite.workflow.retention.RetentionProperties;

/**
 * PIPL minimisation for contacts: the words of a contact that got no care task are deleted
 * {@code workflow.care.words-without-task} (7 days) after the contact; those of a contact whose task closed, with the
 * words quoted in its signals' evidence, after {@code workflow.retention.closed-case-personal-data} as for cases.
 * Scores, signal codes and clocks stay.
 */
@Component
class CareContactPurge implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CareContactPurge.class);
    private static final Duration FIRST_PURGE_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final CareProperties care;
    private final RetentionProperties retention;
    private final Clock clock;

    CareContactPurge(JdbcClient jdbc, CareProperties care, RetentionProperties retention, Clock clock) {
        this.jdbc = jdbc;
        this.care = care;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(() -> Purges.scheduled(log, this::purge, "contacts' words",
                "contact(s) without a care task or with one closed long enough ago"), retention.purgeInterval(),
                FIRST_PURGE_AFTER));
    }

    /** Purges everything due now, batch by batch; returns how many contacts lost their words. */
    public int purge() {
        Instant now = clock.instant();
        return Purges.inBatches(() -> withoutTask(now.minus(care.wordsWithoutTask())), retention.batchSize())
                + Purges.inBatches(() -> taskClosed(now.minus(retention.closedCasePersonalData())),
                        retention.batchSize());
    }

    private int withoutTask(Instant contactedBefore) {
        return jdbc.sql("""
                DELETE FROM care_contact WHERE contact_id IN (
                    SELECT c.contact_id FROM care_contact c
                    WHERE c.contacted_at < :before
                      AND NOT EXISTS (SELECT 1 FROM care_task t WHERE t.contact_id = c.contact_id)
                    LIMIT :limit)""")
                .param("before", Timestamp.from(contactedBefore)).param("limit", retention.batchSize()).update();
    }

    private int taskClosed(Instant closedBefore) {
        jdbc.sql("""
                UPDATE care_task SET signals = %s WHERE closed_at < :before AND signals::text LIKE '%%TEXT_SPAN%%'"""
                .formatted(Purges.signalsWithoutTextSpans("signals")))
                .param("before", Timestamp.from(closedBefore)).update();
        return jdbc.sql("""
                DELETE FROM care_contact WHERE contact_id IN (
                    SELECT t.contact_id FROM care_task t JOIN care_contact c ON c.contact_id = t.contact_id
                    WHERE t.closed_at < :before LIMIT :limit)""")
                .param("before", Timestamp.from(closedBefore)).param("limit", retention.batchSize()).update();
    }
}
