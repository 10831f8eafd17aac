package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Where a scenario's complaints got to: how many have a case and an assessment on it, the time from sending to each
 * step, and the end-to-end rate: assessed complaints per second from the first send to the last assessment.
 *
 * @param backlogAtLoadEnd complaints sent but not yet assessed on their case when the last one was sent
 * @param drainAfterLoad   from the last send to the last assessment on a case: how long the pipeline trailed the load
 */
record Completion(long sent, long cases, long assessed, LatencySummary toCase, LatencySummary toRisk,
        LatencySummary toAssessed, @Nullable Instant firstSent, @Nullable Instant lastSent,
        @Nullable Instant lastAssessed, long backlogAtLoadEnd, Duration drainAfterLoad) {

    static Completion of(Collection<CaseProgress> complaints) {
        Instant firstSent = extreme(complaints, CaseProgress::sentAt, false);
        Instant lastSent = extreme(complaints, CaseProgress::sentAt, true);
        Instant lastAssessed = extreme(complaints, CaseProgress::onCaseAt, true);
        long backlog = lastSent == null ? 0 : complaints.stream()
                .filter(c -> c.onCaseAt() == null || c.onCaseAt().isAfter(lastSent)).count();
        Duration drain = lastSent == null || lastAssessed == null || lastAssessed.isBefore(lastSent) ? Duration.ZERO
                : Duration.between(lastSent, lastAssessed);
        return new Completion(complaints.size(), complaints.stream().filter(c -> c.caseAt() != null).count(),
                complaints.stream().filter(CaseProgress::done).count(),
                latencies(complaints, CaseProgress::caseAt), latencies(complaints, CaseProgress::riskAt),
                latencies(complaints, CaseProgress::onCaseAt), firstSent, lastSent, lastAssessed, backlog, drain);
    }

    /** Complaints assessed on their case per second, from the first send to the last assessment. */
    double assessedRate() {
        if (firstSent == null || lastAssessed == null || !lastAssessed.isAfter(firstSent)) {
            return Double.NaN;
        }
        return assessed / (Duration.between(firstSent, lastAssessed).toNanos() / 1e9);
    }

    /** Whether the pipeline kept up: everything assessed, the last within {@code grace} of the last send. */
    boolean keptUp(Duration grace) {
        return assessed == sent && drainAfterLoad.compareTo(grace) <= 0;
    }

    private static LatencySummary latencies(Collection<CaseProgress> complaints,
            Function<CaseProgress, @Nullable Instant> step) {
        long[] millis = complaints.stream()
                .filter(c -> step.apply(c) != null)
                .mapToLong(c -> Duration.between(c.sentAt(), step.apply(c)).toMillis())
                .toArray();
        return LatencySummary.ofMillis(millis);
    }

    private static @Nullable Instant extreme(Collection<CaseProgress> complaints,
            Function<CaseProgress, @Nullable Instant> step, boolean latest) {
        Instant found = null;
        for (CaseProgress complaint : complaints) {
            Instant at = step.apply(complaint);
            if (at != null && (found == null || (latest ? at.isAfter(found) : at.isBefore(found)))) {
                found = at;
            }
        }
        return found;
    }
}
