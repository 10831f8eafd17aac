package org.complaintsuite.workflow.quality;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import org.complaintsuite.support.retention.Purges;
import org.complaintsuite.workflow.retention.RetentionProperties;

/**
 * PIPL minimisation: a quality finding received longer than {@code workflow.retention.closed-case-personal-data} ago
 * loses the agent's words and the quotes of its evidence (which may quote the customer); the rule, the agent, the
 * review and the times stay, for the figures.
 */
@Component
class QualityFindingPurge implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(QualityFindingPurge.class);
    private static final Duration FIRST_PURGE_AFTER = Duration.ofMinutes(1);

    private final QualityFindingStore store;
    private final RetentionProperties retention;
    private final Clock clock;

    QualityFindingPurge(QualityFindingStore store, RetentionProperties retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(() -> Purges.scheduled(log, this::purge, "quality findings' words",
                "finding(s) received long enough ago"), retention.purgeInterval(), FIRST_PURGE_AFTER));
    }

    /** Purges everything due now, batch by batch; returns how many findings lost their words. */
    public int purge() {
        return Purges.inBatches(() -> store.purgeWords(clock.instant().minus(retention.closedCasePersonalData()),
                retention.batchSize()), retention.batchSize());
    }
}
