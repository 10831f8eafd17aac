package org.complaintsuite.workflow.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

class DurationHistogramTest {

    /** The bucket sla_duration_bucket (migration V5) gives a duration, written the same way. */
    private static int bucket(double seconds) {
        return seconds < 60 ? 1 : Math.min(146, 2 + (int) Math.floor(8 * Math.log(seconds / 60.0) / Math.log(2.0)));
    }

    private static DurationHistogram of(double... seconds) {
        Integer[] counts = new Integer[DurationHistogram.BUCKETS];
        java.util.Arrays.fill(counts, 0);
        for (double s : seconds) {
            counts[bucket(s) - 1]++;
        }
        var histogram = new DurationHistogram();
        histogram.add(counts);
        return histogram;
    }

    @Test
    void everyDurationFromAMinuteToHalfAYearIsReadBackWithin4Point5Percent() {
        for (double seconds = 60; seconds < 60 * Math.pow(2, 18); seconds *= 1.013) {
            assertThat(DurationHistogram.representative(bucket(seconds))).as("%f s", seconds)
                    .isCloseTo(seconds, withPercentage(4.5));
        }
    }

    @Test
    void percentilesAreByNearestRank() {
        var histogram = of(3_600, 3_600, 3_600, 7_200, 180_000);
        assertThat(histogram.count()).isEqualTo(5);
        assertThat(histogram.percentileSeconds(50)).isCloseTo(3_600L, withPercentage(4.5));
        assertThat(histogram.percentileSeconds(80)).isCloseTo(7_200L, withPercentage(4.5));
        assertThat(histogram.percentileSeconds(90)).isCloseTo(180_000L, withPercentage(4.5));
    }

    @Test
    void underAMinuteIsHalfAMinuteAndAnEmptyHistogramHasNoPercentile() {
        assertThat(of(5, 20).percentileSeconds(50)).isEqualTo(30);
        assertThat(new DurationHistogram().percentileSeconds(50)).isNull();
    }

    @Test
    void theLastBucketIsReadAsItsLowerBound() {
        assertThat(of(400 * 86_400.0).percentileSeconds(50)).isEqualTo(Math.round(60 * Math.pow(2, 18)));
    }
}
