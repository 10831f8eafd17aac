package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.util.Map;

/**
 * What one load run did at intake: requests sent and accepted (202), the failures by kind, how long the run took
 * from the first request's due time to the last answer, and the latencies of the accepted requests.
 *
 * @param label    e.g. "500/s open loop" or "32 connections closed loop"
 * @param target   the target rate per second; 0 for a closed loop
 * @param failures failed requests by {@link IntakeClient.Outcome#label()}
 */
record LoadResult(String label, double target, long sent, long accepted, Map<String, Long> failures,
        Duration elapsed, LatencySummary latency) {

    long failed() {
        return sent - accepted;
    }

    /** Accepted requests per second over the run. */
    double acceptedRate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? Double.NaN : accepted / seconds;
    }

    String failureSummary() {
        if (failures.isEmpty()) {
            return "0";
        }
        StringBuilder out = new StringBuilder(Format.count(failed())).append(" (");
        failures.forEach((kind, count) -> out.append(kind).append(": ").append(Format.count(count)).append(", "));
        out.setLength(out.length() - 2);
        return out.append(')').toString();
    }
}
