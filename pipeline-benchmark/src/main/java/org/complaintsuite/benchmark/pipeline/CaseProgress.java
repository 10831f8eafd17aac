package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How far one complaint got, as the benchmark last read it: when it was sent (counted from), when workflow opened
 * its case, when risk scoring assessed it (the assessment's own time), and when the assessment was on the case.
 */
final class CaseProgress {

    private final Instant sentAt;
    private volatile @Nullable Instant caseAt;
    private volatile @Nullable Instant riskAt;
    private volatile @Nullable Instant onCaseAt;

    CaseProgress(Instant sentAt) {
        this.sentAt = sentAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    @Nullable Instant caseAt() {
        return caseAt;
    }

    @Nullable Instant riskAt() {
        return riskAt;
    }

    @Nullable Instant onCaseAt() {
        return onCaseAt;
    }

    boolean done() {
        return onCaseAt != null;
    }

    /** Notes what a poll saw; the first time of each step is kept (a re-assessment does not move them). */
    void saw(Instant createdAt, @Nullable Instant assessedByRisk, @Nullable Instant assessedOnCase) {
        if (caseAt == null) {
            caseAt = createdAt;
        }
        if (riskAt == null && assessedByRisk != null) {
            riskAt = assessedByRisk;
        }
        if (onCaseAt == null && assessedOnCase != null) {
            onCaseAt = assessedOnCase;
        }
    }
}
