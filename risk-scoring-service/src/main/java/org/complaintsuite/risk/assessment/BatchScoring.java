package org.complaintsuite.risk.assessment;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;

/**
 * Scores a batch of received complaints as a listener polled them: each complaint in a transaction of its own
 * ({@link AssessmentService#score}), in the batch's order, then publishes what the batch put in the outbox with one
 * flush, acknowledged by the broker, instead of one per complaint. The re-assessments the batch queued (grown rings,
 * complaints that missed a repeat) are left to the {@link ReassessmentLane}, woken if there are any: the batch never
 * waits for them.
 * <p>
 * The first complaint that cannot be scored ends the batch: those before it are scored and published, and the
 * outcome names it, so that the listener's error handler retries it or dead-letters it as it would a single record.
 * When publishing fails, the outcome names the batch's last complaint: scoring it again changes nothing, and the
 * retry publishes the outbox (the complaints before it are committed with their outbox rows, which the relay
 * publishes whatever happens).
 */
@Service
public class BatchScoring {

    private final AssessmentService assessments;
    private final ReassessmentLane lane;
    private final OutboxRelay relay;

    public BatchScoring(AssessmentService assessments, ReassessmentLane lane, OutboxRelay relay) {
        this.assessments = assessments;
        this.lane = lane;
        this.relay = relay;
    }

    /**
     * @param assessed the assessments that changed, so were published
     * @param done     how many complaints, from the first, are done: all of them, or those before the one that failed
     * @param failure  why the complaint at position {@code done} failed, if one did
     */
    public record Outcome(List<ComplaintAssessed> assessed, int done, @Nullable RuntimeException failure) {

        public boolean succeeded() {
            return failure == null;
        }
    }

    public Outcome score(List<ComplaintReceived> complaints) {
        List<ComplaintAssessed> assessed = new ArrayList<>(complaints.size());
        boolean queued = false;
        int scored = 0;
        RuntimeException failure = null;
        for (ComplaintReceived complaint : complaints) {
            try {
                AssessmentService.Scored outcome = assessments.score(complaint);
                outcome.assessed().ifPresent(assessed::add);
                queued |= outcome.queued();
                scored++;
            }
            catch (RuntimeException ex) {
                failure = ex;
                break;
            }
        }
        if (queued) {
            lane.wake();
        }
        try {
            relay.publishPending();
        }
        catch (RuntimeException ex) {
            if (failure != null) {
                failure.addSuppressed(ex);
            }
            else if (scored > 0) {
                return new Outcome(List.of(), scored - 1, ex);
            }
        }
        return new Outcome(assessed, scored, failure);
    }
}
