package org.complaintsuite.benchmark;

import java.util.Arrays;

/** Latency figures of a set of measurements, in nanoseconds; percentiles by the nearest-rank method. */
record Latencies(int count, long p50, long p90, long p99, long max, double mean) {

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, 0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
    }

    /** The nearest-rank percentile of sorted values: the smallest value with at least p% of values at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    static String ms(long nanos) {
        return "%.2f".formatted(nanos / 1e6);
    }

    static String ms(double nanos) {
        return "%.2f".formatted(nanos / 1e6);
    }
}
