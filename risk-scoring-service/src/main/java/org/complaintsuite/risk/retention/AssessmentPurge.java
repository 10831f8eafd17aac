package org.complaintsuite.risk.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.complaintsuite.support.retention.Purges;

import static org.complaintsuite.support.retention.Purges.signalsWithoutTextSpans;

/**
 * Clears what a complaint said from risk scoring's store once it was received longer than
 * {@link RetentionProperties#assessmentPersonalData()} ago: the complaint's payload as received (name, phone, words)
 * and the evidence of its assessment that quotes the customer ({@code TEXT_SPAN}). Scores, levels, signal codes and
 * weights stay, and so do the links and rings (identifiers as the link store keys them). A purged complaint is never
 * assessed again: there is nothing left to assess ({@code LinkStore.find} no longer returns it).
 * <p>
 * Batches take their complaints {@code FOR UPDATE SKIP LOCKED}, so several instances may run it and a complaint being
 * scored right now is left for the next run; a purged complaint is marked and never taken again.
 */
@Component
public class AssessmentPurge implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AssessmentPurge.class);
    /** After a start, the first run waits this long. */
    private static final Duration FIRST_PURGE_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetentionProperties properties;
    private final Counter purged;

    AssessmentPurge(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, RetentionProperties properties,
            MeterRegistry registry) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
        this.purged = Counter.builder("risk.complaints.personal.data.purged")
                .description("Scored complaints whose payload and quoted words were purged after the retention period")
                .register(registry);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::scheduledPurge,
                properties.purgeInterval(), FIRST_PURGE_AFTER));
    }

    void scheduledPurge() {
        Purges.scheduled(log, this::purge, "payload and quoted words",
                "complaint(s) received more than " + properties.assessmentPersonalData() + " ago");
    }

    /** Purges every complaint due now, batch by batch; returns how many. */
    public int purge() {
        return Purges.inBatches(() -> purgeBatch(clock.instant()), properties.batchSize());
    }

    int purgeBatch(Instant now) {
        Integer count = transactions.execute(status -> jdbc.sql("""
                WITH due AS (
                    SELECT complaint_id FROM complaint
                    WHERE personal_data_purged_at IS NULL AND received_at < :receivedBefore
                    ORDER BY received_at
                    LIMIT :limit
                    FOR UPDATE SKIP LOCKED),
                assessments AS (
                    UPDATE assessment a SET body = jsonb_set(jsonb_set(a.body,
                        '{escalation,signals}', %s), '{proxy,signals}', %s)
                    FROM due WHERE a.complaint_id = due.complaint_id
                    RETURNING a.complaint_id)
                UPDATE complaint c SET payload = '{}'::jsonb, personal_data_purged_at = :now
                FROM due WHERE c.complaint_id = due.complaint_id""".formatted(
                        signalsWithoutTextSpans("a.body->'escalation'->'signals'"), signalsWithoutTextSpans("a.body->'proxy'->'signals'")))
                .param("receivedBefore", Timestamp.from(now.minus(properties.assessmentPersonalData())))
                .param("limit", properties.batchSize())
                .param("now", Timestamp.from(now))
                .update());
        int purgedNow = count == null ? 0 : count;
        purged.increment(purgedNow);
        return purgedNow;
    }

}
