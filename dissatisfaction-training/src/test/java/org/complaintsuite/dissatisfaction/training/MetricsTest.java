package org.complaintsuite.dissatisfaction.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {

    private static Metrics.Scored s(double probability, boolean dissatisfied) {
        return new Metrics.Scored(probability, dissatisfied);
    }

    @Test
    void rocAucIsTheShareOfPairsOrderedRightWithTiesCountingHalf() {
        // pairs (dissatisfied, other): (0.9, 0.1) right, (0.9, 0.5) right, (0.5, 0.1) right, (0.5, 0.5) tie
        var metrics = Metrics.of(List.of(s(0.9, true), s(0.5, true), s(0.5, false), s(0.1, false)), 0.5);

        assertThat(metrics.rocAuc()).isCloseTo(3.5 / 4, within(1e-12));
    }

    @Test
    void precisionAndRecallCountScoresAtOrAboveTheThreshold() {
        var metrics = Metrics.of(List.of(s(0.9, true), s(0.4, true), s(0.5, false), s(0.1, false)), 0.5);

        assertThat(metrics.precision()).isEqualTo(0.5);
        assertThat(metrics.recall()).isEqualTo(0.5);
        assertThat(metrics.sentences()).isEqualTo(4);
        assertThat(metrics.dissatisfied()).isEqualTo(2);
    }

    @Test
    void brierAndCalibrationErrorAreZeroForCertainRightAnswersAndGrowWithOverconfidence() {
        var perfect = Metrics.of(List.of(s(1.0, true), s(0.0, false)), 0.5);
        // a bin at 0.95 where half are dissatisfied: gap 0.45
        var overconfident = Metrics.of(List.of(s(0.95, true), s(0.95, false)), 0.5);

        assertThat(perfect.brier()).isZero();
        assertThat(perfect.calibration()).isZero();
        assertThat(overconfident.calibration()).isCloseTo(0.45, within(1e-12));
        assertThat(overconfident.brier()).isCloseTo((0.05 * 0.05 + 0.95 * 0.95) / 2, within(1e-12));
    }
}
