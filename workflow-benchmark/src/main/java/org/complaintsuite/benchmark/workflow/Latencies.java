package org.complaintsuite.benchmark.workflow;

import java.util.Arrays;

/** Percentiles of a set of measured times, in nanoseconds. */
record Latencies(int count, long p50, long p90, long p99, long max, double mean) {

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }
}
