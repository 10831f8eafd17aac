package org.complaintsuite.workflow.metrics;

import org.jspecify.annotations.Nullable;

/**
 * Durations counted in the buckets of the SQL function {@code sla_duration_bucket} (migration V5): bucket 1 holds
 * durations under a minute, bucket k ≥ 2 those in [60 s · 2^((k−2)/8), 60 s · 2^((k−1)/8)), bucket 146 everything
 * from 2^18 minutes (182 days) on. Eight buckets per doubling: a percentile read as the geometric middle of its
 * bucket is within 2^(1/16) − 1 ≈ 4.4 % of the exact value.
 */
final class DurationHistogram {

    static final int BUCKETS = 146;
    private static final int PER_DOUBLING = 8;

    private final long[] counts = new long[BUCKETS];

    /** Adds counts as SQL stores them: element i is bucket i + 1. */
    void add(Integer[] buckets) {
        for (int i = 0; i < Math.min(buckets.length, BUCKETS); i++) {
            if (buckets[i] != null) {
                counts[i] += buckets[i];
            }
        }
    }

    void add(DurationHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
    }

    long count() {
        long total = 0;
        for (long n : counts) {
            total += n;
        }
        return total;
    }

    /**
     * The nearest-rank percentile (the smallest duration with at least {@code percent} % of the durations at or
     * below it), as the middle of the bucket it falls in, in seconds; null when nothing was counted.
     */
    @Nullable Long percentileSeconds(double percent) {
        long total = count();
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.round(representative(i + 1));
            }
        }
        return Math.round(representative(BUCKETS));
    }

    /** The geometric middle of a bucket (its lower bound for the last, open-ended one), in seconds. */
    static double representative(int bucket) {
        if (bucket == 1) {
            return 30;
        }
        if (bucket == BUCKETS) {
            return lowerBound(BUCKETS);
        }
        return 60 * Math.pow(2, (bucket - 2 + 0.5) / PER_DOUBLING);
    }

    static double lowerBound(int bucket) {
        return bucket == 1 ? 0 : 60 * Math.pow(2, (bucket - 2.0) / PER_DOUBLING);
    }
}
