package org.complaintsuite.benchmark.pipeline;

/**
 * Count, p50, p90, p99 and maximum of a set of durations in milliseconds; {@link #EMPTY} when nothing was measured.
 */
record LatencySummary(int count, long p50, long p90, long p99, long max) {

    static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

    static LatencySummary ofMillis(long[] millis) {
        if (millis.length == 0) {
            return EMPTY;
        }
        Percentiles percentiles = Percentiles.of(millis);
        return new LatencySummary(percentiles.count(), percentiles.at(50), percentiles.at(90), percentiles.at(99),
                percentiles.max());
    }

    boolean isEmpty() {
        return count == 0;
    }
}
