package org.complaintsuite.benchmark.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparklineTest {

    @Test
    void aSeriesIsDrawnFromZeroToItsMaximum() {
        assertThat(Sparkline.of(new long[] {0, 1, 2, 3, 4, 5, 6, 7}, 60)).isEqualTo("▁▂▃▄▅▆▇█");
    }

    @Test
    void anAllZeroSeriesIsAFlatBottomLine() {
        assertThat(Sparkline.of(new long[] {0, 0, 0}, 60)).isEqualTo("▁▁▁");
    }

    @Test
    void aLongSeriesIsCutIntoBucketsDrawnAtTheirMaximumSoNoSpikeIsLost() {
        long[] series = new long[100];
        series[37] = 900;

        String line = Sparkline.of(series, 10);

        assertThat(line).hasSize(10).isEqualTo("▁▁▁█▁▁▁▁▁▁");
    }

    @Test
    void everyValueFallsInExactlyOneBucket() {
        long[] series = {1, 2, 3, 4, 5, 6, 7};

        assertThat(Sparkline.bucketMaxima(series, 3)).containsExactly(2, 4, 7);
    }

    @Test
    void nothingToDrawIsAnEmptyLine() {
        assertThat(Sparkline.of(new long[0], 10)).isEmpty();
    }
}
