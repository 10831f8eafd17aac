package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateScheduleTest {

    @Test
    void requestsAreDueAtEvenIntervalsFromTheStart() {
        RateSchedule schedule = new RateSchedule(1_000, 500);

        assertThat(schedule.dueNanos(0)).isEqualTo(1_000);
        assertThat(schedule.dueNanos(1)).isEqualTo(2_001_000);
        assertThat(schedule.dueNanos(500)).isEqualTo(1_000_001_000);
    }

    @Test
    void aLateRequestDoesNotMoveTheOnesAfterIt() {
        RateSchedule schedule = new RateSchedule(0, 1000);

        // however late request 10 went out, request 11 is still due 11 ms after the start
        assertThat(schedule.dueNanos(11) - schedule.dueNanos(10)).isEqualTo(1_000_000);
        assertThat(schedule.dueNanos(11)).isEqualTo(11_000_000);
    }

    @Test
    void aRunHoldsRateTimesDurationRequests() {
        assertThat(new RateSchedule(0, 1500).requestsWithin(Duration.ofSeconds(60))).isEqualTo(90_000);
        assertThat(new RateSchedule(0, 250).requestsWithin(Duration.ofMillis(10))).isEqualTo(3);
        assertThat(new RateSchedule(0, 0.5).requestsWithin(Duration.ofSeconds(3))).isEqualTo(2);
        assertThat(new RateSchedule(0, 100).requestsWithin(Duration.ZERO)).isZero();
    }

    @Test
    void aRateMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateSchedule(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateSchedule(0, Double.NaN));
    }
}
