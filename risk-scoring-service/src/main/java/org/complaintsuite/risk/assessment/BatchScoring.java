package org.complaintsuite.risk.assessment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;

/**
 * Scores a batch of received complaints as a listener polled them, in the batch's order, up to
 * {@link #COMPLAINTS_PER_TRANSACTION} in one transaction ({@link AssessmentService#scoreAll}): each complaint sees
 * what the ones before it wrote, as one at a time, and PostgreSQL commits once for them. When such a transaction fails
 * (a complaint that cannot be scored, or locks another transaction holds longer than {@link #CHUNK_LOCK_WAIT}), its
 * complaints are scored again one per transaction. Then it publishes what the batch put in the outbox with one
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

    /**
     * Complaints scored in one transaction: enough to share the commit, few enough that the locks a transaction holds
     * (each complaint's customer, identifiers and text bands, taken at its start) are held briefly and a failed
     * transaction costs little to redo.
     */
    static final int COMPLAINTS_PER_TRANSACTION = 20;

    /**
     * How long a transaction of several complaints waits for their locks before they are scored one at a time: long
     * enough for the short waits of ordinary traffic, short against a chunk that holds a busy key.
     */
    static final Duration CHUNK_LOCK_WAIT = Duration.ofMillis(50);

    private static final Logger log = LoggerFactory.getLogger(BatchScoring.class);

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
        List<AssessmentService.Scored> outcomes = new ArrayList<>(complaints.size());
        RuntimeException failure = null;
        for (int from = 0; from < complaints.size() && failure == null; from += COMPLAINTS_PER_TRANSACTION) {
            failure = scoreChunk(complaints.subList(from, Math.min(complaints.size(),
                    from + COMPLAINTS_PER_TRANSACTION)), outcomes);
        }
        List<ComplaintAssessed> assessed = new ArrayList<>(outcomes.size());
        boolean queued = false;
        for (AssessmentService.Scored outcome : outcomes) {
            outcome.assessed().ifPresent(assessed::add);
            queued |= outcome.queued();
        }
        int scored = outcomes.size();
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

    /**
     * Scores the chunk in one transaction, or else one complaint per transaction up to the first that fails on its
     * own, adding the outcomes of those committed.
     *
     * @return why the complaint after the last outcome added failed, if one did
     */
    private @Nullable RuntimeException scoreChunk(List<ComplaintReceived> chunk,
            List<AssessmentService.Scored> outcomes) {
        try {
            outcomes.addAll(assessments.scoreAll(chunk, CHUNK_LOCK_WAIT));
            return null;
        }
        catch (RuntimeException together) {
            log.debug("{} complaints failed together ({}); scoring them one at a time", chunk.size(),
                    together.toString());
        }
        for (ComplaintReceived complaint : chunk) {
            try {
                outcomes.add(assessments.score(complaint));
            }
            catch (RuntimeException ex) {
                return ex;
            }
        }
        return null;
    }
}
