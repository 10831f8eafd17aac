package org.complaintsuite.dissatisfaction.training;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlattScalingTest {

    @Test
    void recoversTheScaleAndShiftThatGeneratedTheLabels() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 40_000;
        double[] margins = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            margins[i] = random.nextDouble(-4, 4);
            double p = 1 / (1 + Math.exp(-(0.6 * margins[i] - 0.8)));
            labels[i] = random.nextDouble() < p;
        }

        double[] fitted = PlattScaling.fit(margins, labels);

        assertThat(fitted[0]).isCloseTo(0.6, within(0.05));
        assertThat(fitted[1]).isCloseTo(-0.8, within(0.05));
    }

    @Test
    void perfectlySeparatedMarginsGiveAFiniteScale() {
        double[] fitted = PlattScaling.fit(new double[] {-2, -1, 1, 2}, new boolean[] {false, false, true, true});

        assertThat(fitted[0]).isFinite().isPositive();
        assertThat(fitted[1]).isFinite();
    }
}
