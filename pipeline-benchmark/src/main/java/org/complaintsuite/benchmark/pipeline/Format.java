package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.util.Locale;

/** How the report writes numbers: thousands separated, rates to one decimal below 100/s, durations in ms or s. */
final class Format {

    private Format() {
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A rate per second: {@code 1,234/s}, {@code 56.7/s}; "–" when it could not be measured. */
    static String rate(double perSecond) {
        if (Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
            return "–";
        }
        if (perSecond >= 100) {
            return String.format(Locale.ROOT, "%,.0f/s", perSecond);
        }
        return String.format(Locale.ROOT, "%.1f/s", perSecond);
    }

    /** Milliseconds below ten seconds ({@code 734 ms}), seconds with one decimal above ({@code 12.3 s}). */
    static String millis(long millis) {
        if (Math.abs(millis) < 10_000) {
            return millis + " ms";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String percent(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    /** "p50 / p90 / p99 / max" of a summary, or "–" when it is empty. */
    static String latencies(LatencySummary summary) {
        if (summary.isEmpty()) {
            return "–";
        }
        return millis(summary.p50()) + " / " + millis(summary.p90()) + " / " + millis(summary.p99()) + " / "
                + millis(summary.max());
    }
}
