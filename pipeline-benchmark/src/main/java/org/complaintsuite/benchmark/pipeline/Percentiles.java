package org.complaintsuite.benchmark.pipeline;

import java.util.Arrays;

/**
 * Percentiles of a set of measurements by the nearest-rank method: the q-th percentile is the smallest value that at
 * least q % of the measurements do not exceed, so it is always one of the measured values (never interpolated).
 */
final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** The percentiles of {@code values} (copied, so the caller may keep changing its array). */
    static Percentiles of(long[] values) {
        long[] copy = Arrays.copyOf(values, values.length);
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    int count() {
        return sorted.length;
    }

    /**
     * The q-th percentile, 0 &lt; q &le; 100.
     *
     * @throws IllegalStateException when there are no measurements
     */
    long at(double q) {
        if (q <= 0 || q > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + q);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no measurements");
        }
        int rank = (int) Math.ceil(q / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    long max() {
        if (sorted.length == 0) {
            throw new IllegalStateException("no measurements");
        }
        return sorted[sorted.length - 1];
    }

    /** The median as p50: with an even count, the lower of the two middle values (nearest rank). */
    long median() {
        return at(50);
    }
}
