package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrainRateTest {

    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void aGroupsRateIsWhatItCommittedFromTheFillUntilItsLagWasFirstZeroAfterIt() {
        List<LagSample> samples = List.of(
                sample(-1, "risk-scoring-service", 500, 500),
                sample(0, "workflow-service", 9, 9),
                sample(1, "risk-scoring-service", 600, 2500),
                sample(2, "risk-scoring-service", 1500, 2500),
                sample(3, "risk-scoring-service", 2500, 2500),
                sample(4, "risk-scoring-service", 2600, 2600));

        DrainRate drain = DrainRate.of(samples, "risk-scoring-service", "complaints.received", T0,
                T0.plusMillis(1_500)).orElseThrow();

        assertThat(drain.consumed()).isEqualTo(2000);
        assertThat(drain.peakLag()).isEqualTo(1900);
        assertThat(drain.elapsed()).isEqualTo(Duration.ofSeconds(3));
        assertThat(drain.rate()).isCloseTo(666.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(drain.drainedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void aLagOfZeroBeforeTheProducerFinishedIsNotTheEndOfTheDrain() {
        List<LagSample> samples = List.of(
                sample(-1, "workflow-service", 0, 0),
                sample(1, "workflow-service", 100, 100),
                sample(2, "workflow-service", 150, 400),
                sample(3, "workflow-service", 300, 400));

        DrainRate drain = DrainRate.of(samples, "workflow-service", "complaints.received", T0,
                T0.plusMillis(1_500)).orElseThrow();

        assertThat(drain.drained()).isFalse();
        assertThat(drain.consumed()).isEqualTo(300);
        assertThat(drain.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void withoutASampleBeforeTheFillThereIsNoRate() {
        List<LagSample> samples = List.of(sample(1, "workflow-service", 100, 100));

        assertThat(DrainRate.of(samples, "workflow-service", "complaints.received", T0, T0)).isEmpty();
    }

    private static LagSample sample(long second, String group, long committed, long end) {
        return new LagSample(T0.plusSeconds(second), "backlog", group, "complaints.received", committed, end);
    }
}
