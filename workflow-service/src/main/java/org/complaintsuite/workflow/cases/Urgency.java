package org.complaintsuite.workflow.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The urgency rule of the work queue: a case is as urgent as the earliest due time of its open clocks. A met clock
 * no longer counts, nor does a paused resolution clock (its due time moves while it is paused); a closed, withdrawn
 * or merged case has no urgency.
 */
final class Urgency {

    private Urgency() {
    }

    static @Nullable Instant nextDueAt(CaseStatus status, CaseClocks clocks) {
        if (status.isFinal()) {
            return null;
        }
        Instant next = null;
        if (clocks.getFirstContactedAt() == null) {
            next = clocks.getFirstContactDueAt();
        }
        if (clocks.getResolvedAt() == null && !clocks.getResolution().isPaused()) {
            next = earliest(next, clocks.getResolution().getDueAt());
        }
        if (clocks.getResolvedAt() == null && clocks.getRegulator().applies()) {
            next = earliest(next, clocks.getRegulator().dueAt());
        }
        return next;
    }

    private static @Nullable Instant earliest(@Nullable Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
