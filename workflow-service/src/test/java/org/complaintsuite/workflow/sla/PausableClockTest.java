package org.complaintsuite.workflow.sla;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PausableClockTest {

    private static final Instant DUE = Instant.parse("2025-10-14T16:00:00Z");
    private static final Instant T0 = Instant.parse("2025-10-10T02:00:00Z");
    private final PausableClock clock = PausableClock.due(DUE, Duration.ofDays(30));

    @Test
    void aRunningClockIsDueAtItsBaseTime() {
        assertThat(clock.dueAt(T0)).isEqualTo(DUE);
        assertThat(clock.state(T0)).isEqualTo(PausableClock.State.RUNNING);
        assertThat(clock.timeLeft(T0)).isEqualTo(Duration.between(T0, DUE));
    }

    @Test
    void pausedTimeExtendsTheDueTimeAndTimeLeftStandsStillWhilePaused() {
        PausableClock paused = clock.pause(T0, "waiting for the customer's documents", "agent A0192");

        assertThat(paused.state(T0.plus(Duration.ofHours(5)))).isEqualTo(PausableClock.State.PAUSED);
        assertThat(paused.timeLeft(T0.plus(Duration.ofHours(5)))).isEqualTo(clock.timeLeft(T0));

        PausableClock resumed = paused.resume(T0.plus(Duration.ofDays(2)));

        assertThat(resumed.dueAt(T0.plus(Duration.ofDays(3)))).isEqualTo(DUE.plus(Duration.ofDays(2)));
        assertThat(resumed.pauses()).singleElement().satisfies(pause -> {
            assertThat(pause.reason()).isEqualTo("waiting for the customer's documents");
            assertThat(pause.by()).isEqualTo("agent A0192");
        });
    }

    @Test
    void pausesAddUp() {
        PausableClock twice = clock.pause(T0, "documents", "a").resume(T0.plus(Duration.ofHours(10)))
                .pause(T0.plus(Duration.ofDays(1)), "appraisal", "b").resume(T0.plus(Duration.ofDays(1)).plus(Duration.ofHours(14)));

        assertThat(twice.dueAt(T0.plus(Duration.ofDays(2)))).isEqualTo(DUE.plus(Duration.ofHours(24)));
    }

    @Test
    void aClockCannotBePausedBeyondTheMaximumAndRunsAgainWhenAPauseOutlastsIt() {
        PausableClock shortMax = PausableClock.due(DUE, Duration.ofDays(3)).pause(T0, "appraisal", "a");

        Instant muchLater = T0.plus(Duration.ofDays(10));
        assertThat(shortMax.paused(muchLater)).isEqualTo(Duration.ofDays(3));
        assertThat(shortMax.dueAt(muchLater)).isEqualTo(DUE.plus(Duration.ofDays(3)));
        assertThat(shortMax.state(muchLater)).isEqualTo(PausableClock.State.BREACHED);
        assertThatIllegalStateException().isThrownBy(() -> shortMax.resume(muchLater).pause(muchLater, "again", "a"))
                .withMessageContaining("most allowed");
    }

    @Test
    void metInTimeIsMetAndLateIsBreachedForGood() {
        assertThat(clock.met(DUE.minusSeconds(1)).state(DUE.plus(Duration.ofDays(10))))
                .isEqualTo(PausableClock.State.MET);
        assertThat(clock.met(DUE.plusSeconds(1)).state(DUE.plusSeconds(2))).isEqualTo(PausableClock.State.BREACHED);
        assertThat(clock.state(DUE.plusSeconds(1))).isEqualTo(PausableClock.State.BREACHED);
    }

    @Test
    void aPausedClockMetStopsItsPause() {
        PausableClock met = clock.pause(T0, "documents", "a").met(T0.plus(Duration.ofHours(3)));

        assertThat(met.isPaused()).isFalse();
        assertThat(met.dueAt(T0.plus(Duration.ofDays(20)))).isEqualTo(DUE.plus(Duration.ofHours(3)));
    }

    @Test
    void wrongMovesAreRefused() {
        assertThatIllegalStateException().isThrownBy(() -> clock.resume(T0)).withMessageContaining("not paused");
        assertThatIllegalStateException().isThrownBy(() -> clock.pause(T0, "a", "b").pause(T0, "a", "b"))
                .withMessageContaining("already paused");
        assertThatIllegalStateException().isThrownBy(() -> clock.met(T0).pause(T0, "a", "b"))
                .withMessageContaining("met");
    }
}
