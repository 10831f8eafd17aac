package org.complaintsuite.risk.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Works through the re-assessment queue: right after each scored complaint, and every
 * {@code risk.outbox-relay-interval} for whatever is left (after a crash, or queued by another instance). Each queued
 * complaint is taken with {@code FOR UPDATE SKIP LOCKED}, so several instances drain side by side.
 */
@Component
public class ReassessmentRelay implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ReassessmentRelay.class);

    private final AssessmentService assessments;
    private final OutboxRelayProperties properties;

    public ReassessmentRelay(AssessmentService assessments, OutboxRelayProperties properties) {
        this.assessments = assessments;
        this.properties = properties;
    }

    /** Re-assesses queued complaints until the queue is empty; returns how many. */
    public int drain() {
        int done = 0;
        while (assessments.reassessNext()) {
            done++;
        }
        return done;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::drainLeftovers, properties.outboxRelayInterval());
    }

    void drainLeftovers() {
        try {
            int done = drain();
            if (done > 0) {
                log.info("Re-assessed {} queued complaint(s)", done);
            }
        }
        catch (RuntimeException ex) {
            log.warn("Re-assessment relay failed, will try again: {}", ex.getMessage());
        }
    }
}
