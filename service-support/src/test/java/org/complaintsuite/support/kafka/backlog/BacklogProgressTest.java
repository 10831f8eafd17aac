package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BacklogProgressTest {

    @Test
    void rateIsRecordsTakenInPerSecondOfTheInterval() {
        assertThat(new BacklogProgress("l", "t", 0, 12_300, Duration.ofSeconds(10)).rate()).isEqualTo(1_230.0);
    }

    @Test
    void timeLeftIsTheLagAtTheCurrentRate() {
        assertThat(new BacklogProgress("l", "t", 100_000, 10_000, Duration.ofSeconds(10)).eta())
                .contains(Duration.ofSeconds(100));
    }

    @Test
    void noTimeLeftIsGivenWhileNothingIsTakenIn() {
        assertThat(new BacklogProgress("l", "t", 100_000, 0, Duration.ofSeconds(10)).eta()).isEmpty();
    }

    @Test
    void longTimesAreSaidInMinutesAndHours() {
        assertThat(BacklogProgress.human(Duration.ofSeconds(59))).isEqualTo("59 s");
        assertThat(BacklogProgress.human(Duration.ofSeconds(600))).isEqualTo("10 min 0 s");
        assertThat(BacklogProgress.human(Duration.ofSeconds(3 * 3600 + 300))).isEqualTo("3 h 5 min");
    }
}
