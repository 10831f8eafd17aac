package org.complaintsuite.benchmark.pipeline;

/**
 * A series drawn as one line of block characters, lowest to highest {@code ▁▂▃▄▅▆▇█}, scaled from 0 to the series'
 * maximum (so an empty lag reads as a flat bottom line, not as noise around its own mean). A series longer than the
 * width is cut into that many equal buckets, each drawn at its maximum, so that no spike is averaged away.
 */
final class Sparkline {

    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    static String of(long[] series, int width) {
        if (series.length == 0 || width <= 0) {
            return "";
        }
        long[] buckets = bucketMaxima(series, width);
        long max = 0;
        for (long value : buckets) {
            max = Math.max(max, value);
        }
        StringBuilder line = new StringBuilder(buckets.length);
        for (long value : buckets) {
            int level = max == 0 ? 0 : (int) Math.round((double) Math.max(value, 0) / max * (BARS.length - 1));
            line.append(BARS[level]);
        }
        return line.toString();
    }

    /** Bucket b covers indexes [b * n / width, (b + 1) * n / width): every value in exactly one bucket. */
    static long[] bucketMaxima(long[] series, int width) {
        int buckets = Math.min(width, series.length);
        long[] maxima = new long[buckets];
        for (int bucket = 0; bucket < buckets; bucket++) {
            int from = (int) ((long) bucket * series.length / buckets);
            int to = (int) ((long) (bucket + 1) * series.length / buckets);
            long max = Long.MIN_VALUE;
            for (int i = from; i < to; i++) {
                max = Math.max(max, series[i]);
            }
            maxima[bucket] = max;
        }
        return maxima;
    }
}
