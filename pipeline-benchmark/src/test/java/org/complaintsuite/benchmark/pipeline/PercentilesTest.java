package org.complaintsuite.benchmark.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PercentilesTest {

    @Test
    void aPercentileIsTheSmallestMeasuredValueThatAtLeastThatShareDoesNotExceed() {
        long[] oneToHundred = new long[100];
        for (int i = 0; i < 100; i++) {
            oneToHundred[i] = 100 - i;
        }

        Percentiles percentiles = Percentiles.of(oneToHundred);

        assertThat(percentiles.at(50)).isEqualTo(50);
        assertThat(percentiles.at(90)).isEqualTo(90);
        assertThat(percentiles.at(99)).isEqualTo(99);
        assertThat(percentiles.at(99.9)).isEqualTo(100);
        assertThat(percentiles.at(0.5)).isEqualTo(1);
        assertThat(percentiles.max()).isEqualTo(100);
    }

    @Test
    void aPercentileIsNeverInterpolatedBetweenMeasurements() {
        Percentiles percentiles = Percentiles.of(new long[] {10, 1000});

        assertThat(percentiles.median()).isEqualTo(10);
        assertThat(percentiles.at(51)).isEqualTo(1000);
    }

    @Test
    void theCallersArrayIsLeftAsItWas() {
        long[] values = {3, 1, 2};

        Percentiles.of(values);

        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void nothingMeasuredHasNoPercentileAndTheSummarySaysEmpty() {
        assertThatIllegalStateException().isThrownBy(() -> Percentiles.of(new long[0]).at(50));
        assertThat(LatencySummary.ofMillis(new long[0]).isEmpty()).isTrue();
    }

    @Test
    void aPercentileOutsideZeroToHundredIsRefused() {
        Percentiles percentiles = Percentiles.of(new long[] {1});

        assertThatIllegalArgumentException().isThrownBy(() -> percentiles.at(0));
        assertThatIllegalArgumentException().isThrownBy(() -> percentiles.at(100.1));
    }

    @Test
    void theSummaryHoldsCountMedianTailAndMaximum() {
        long[] millis = new long[1000];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = i + 1;
        }
        millis[999] = 60_000;

        LatencySummary summary = LatencySummary.ofMillis(millis);

        assertThat(summary).isEqualTo(new LatencySummary(1000, 500, 900, 990, 60_000));
    }
}
