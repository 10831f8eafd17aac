package org.complaintsuite.risk.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works through the re-assessment queue: right after each scored complaint, and every few seconds for whatever is
 * left (after a crash, or queued by another instance). Each queued complaint is taken with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances drain side by side.
 */
@Component
public class ReassessmentRelay {

    private static final Logger log = LoggerFactory.getLogger(ReassessmentRelay.class);

    private final AssessmentService assessments;

    public ReassessmentRelay(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** Re-assesses queued complaints until the queue is empty; returns how many. */
    public int drain() {
        int done = 0;
        while (assessments.reassessNext()) {
            done++;
        }
        return done;
    }

    @Scheduled(fixedDelayString = "${risk.outbox-relay-interval:2s}")
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
