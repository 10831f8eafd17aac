package org.complaintsuite.workflow.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import org.complaintsuite.workflow.cases.CaseChange;
import org.complaintsuite.workflow.cases.CaseTimeline;

import static org.complaintsuite.support.retention.Purges.signalsWithoutTextSpans;

/**
 * Clears the personal data of cases closed (or withdrawn) longer than
 * {@link RetentionProperties#closedCasePersonalData()} ago: the complaint's words, the conversation, attachments'
 * names, the agent's summary and the demands, the customer's name, phone, e-mail and address, the representative, and
 * the quoted customer words in the risk signals' evidence. What stays is what the regulator's statistics and the SLA
 * figures need: dates, clocks, group, status, scores, signal codes, the masked ID number and the timeline (which the
 * database keeps append-only). Each purged case gets a {@code PERSONAL_DATA_PURGED} entry on its timeline.
 * <p>
 * Several instances may run it: each batch takes its cases {@code FOR UPDATE SKIP LOCKED}, and a case an agent is
 * changing right now is left for the next run. A purged case is marked ({@code personal_data_purged_at}) and never
 * taken again, so a run that dies half-way is simply repeated.
 */
@Component
public class PersonalDataPurge implements SchedulingConfigurer {

    static final String ACTOR = "retention";

    private static final Logger log = LoggerFactory.getLogger(PersonalDataPurge.class);
    /** After a start, the first run waits this long. */
    private static final Duration FIRST_PURGE_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final CaseTimeline timeline;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetentionProperties properties;
    private final Counter purged;

    PersonalDataPurge(JdbcClient jdbc, CaseTimeline timeline, TransactionTemplate transactions, Clock clock,
            RetentionProperties properties, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
        this.purged = Counter.builder("complaint.cases.personal.data.purged")
                .description("Closed cases whose personal data was purged after the retention period")
                .register(registry);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::scheduledPurge,
                properties.purgeInterval(), FIRST_PURGE_AFTER));
    }

    void scheduledPurge() {
        Purges.scheduled(log, this::purge, "personal data",
                "case(s) closed more than " + properties.closedCasePersonalData() + " ago");
    }

    /** Purges every case due now, batch by batch; returns how many. */
    public int purge() {
        return Purges.inBatches(() -> purgeBatch(clock.instant()), properties.batchSize());
    }

    int purgeBatch(Instant now) {
        Instant closedBefore = now.minus(properties.closedCasePersonalData());
        Integer count = transactions.execute(status -> {
            List<String> ids = jdbc.sql("""
                    SELECT complaint_id FROM complaint_case
                    WHERE status IN ('CLOSED', 'WITHDRAWN') AND personal_data_purged_at IS NULL
                      AND COALESCE(closed_at, withdrawn_at) < :closedBefore
                    ORDER BY COALESCE(closed_at, withdrawn_at)
                    LIMIT :limit
                    FOR UPDATE SKIP LOCKED""")
                    .param("closedBefore", Timestamp.from(closedBefore))
                    .param("limit", properties.batchSize())
                    .query(String.class).list();
            if (ids.isEmpty()) {
                return 0;
            }
            jdbc.sql("""
                    UPDATE case_content SET customer_text = '', original_text = '', agent_summary = NULL,
                        demands = NULL, customer_name = NULL, customer_phone = NULL, customer_email = NULL,
                        customer_address = NULL, representative = NULL, conversation = '[]', attachments = '[]'
                    WHERE complaint_id IN (:ids)""").param("ids", ids).update();
            jdbc.sql("""
                    UPDATE risk_assessment SET escalation_signals = %s, proxy_signals = %s
                    WHERE complaint_id IN (:ids)""".formatted(signalsWithoutTextSpans("escalation_signals"),
                    signalsWithoutTextSpans("proxy_signals"))).param("ids", ids).update();
            jdbc.sql("UPDATE complaint_case SET personal_data_purged_at = :now WHERE complaint_id IN (:ids)")
                    .param("now", Timestamp.from(now)).param("ids", ids).update();
            for (String id : ids) {
                timeline.append(id, List.of(new CaseChange(now, ACTOR, CaseChange.Type.PERSONAL_DATA_PURGED,
                        "Personal data purged %s after closing".formatted(properties.closedCasePersonalData()),
                        Map.of("retention", properties.closedCasePersonalData().toString()))));
            }
            return ids.size();
        });
        int purgedNow = count == null ? 0 : count;
        purged.increment(purgedNow);
        return purgedNow;
    }

}
