package org.complaintsuite.workflow.sla;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.complaintsuite.support.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PausableClockTest {

    private static final Instant DUE = Instant.parse("2025-10-14T16:00:00Z");
    private static final Instant START = Instant.parse("2025-10-08T16:00:00Z");
    private static final Instant T0 = Instant.parse("2025-10-10T02:00:00Z");
    private final PausableClock clock = PausableClock.started(START, DUE, Duration.ofDays(30));

    @Test
    void aRunningClockIsDueAtItsBaseTime() {
        assertThat(clock.dueAt(T0)).isEqualTo(DUE);
        assertThat(clock.state(T0)).isEqualTo(ClockState.RUNNING);
        assertThat(clock.timeLeft(T0)).isEqualTo(Duration.between(T0, DUE));
    }

    @Test
    void pausedTimeExtendsTheDueTimeAndTimeLeftStandsStillWhilePaused() {
        PausableClock paused = clock.pause(T0);

        assertThat(paused.state(T0.plus(Duration.ofHours(5)))).isEqualTo(ClockState.PAUSED);
        assertThat(paused.timeLeft(T0.plus(Duration.ofHours(5)))).isEqualTo(clock.timeLeft(T0));

        PausableClock resumed = paused.resume(T0.plus(Duration.ofDays(2)));

        assertThat(resumed.dueAt(T0.plus(Duration.ofDays(3)))).isEqualTo(DUE.plus(Duration.ofDays(2)));
        assertThat(resumed.pausedCompleted()).isEqualTo(Duration.ofDays(2));
        assertThat(resumed.isPaused()).isFalse();
    }

    @Test
    void pausesAddUp() {
        PausableClock twice = clock.pause(T0).resume(T0.plus(Duration.ofHours(10)))
                .pause(T0.plus(Duration.ofDays(1))).resume(T0.plus(Duration.ofDays(1)).plus(Duration.ofHours(14)));

        assertThat(twice.dueAt(T0.plus(Duration.ofDays(2)))).isEqualTo(DUE.plus(Duration.ofHours(24)));
    }

    @Test
    void aClockCannotBePausedBeyondTheMaximumAndRunsAgainWhenAPauseOutlastsIt() {
        PausableClock shortMax = PausableClock.started(START, DUE, Duration.ofDays(3)).pause(T0);

        Instant muchLater = T0.plus(Duration.ofDays(10));
        assertThat(shortMax.paused(muchLater)).isEqualTo(Duration.ofDays(3));
        assertThat(shortMax.dueAt(muchLater)).isEqualTo(DUE.plus(Duration.ofDays(3)));
        assertThat(shortMax.state(muchLater)).isEqualTo(ClockState.BREACHED);
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> shortMax.resume(muchLater).pause(muchLater))
                .withMessageContaining("most allowed");
    }

    @Test
    void metInTimeIsMetAndLateIsBreachedForGood() {
        assertThat(clock.met(DUE.minusSeconds(1)).state(DUE.plus(Duration.ofDays(10))))
                .isEqualTo(ClockState.MET);
        assertThat(clock.met(DUE.plusSeconds(1)).state(DUE.plusSeconds(2))).isEqualTo(ClockState.BREACHED);
        assertThat(clock.state(DUE.plusSeconds(1))).isEqualTo(ClockState.BREACHED);
    }

    @Test
    void aPausedClockMetStopsItsPause() {
        PausableClock met = clock.pause(T0).met(T0.plus(Duration.ofHours(3)));

        assertThat(met.isPaused()).isFalse();
        assertThat(met.dueAt(T0.plus(Duration.ofDays(20)))).isEqualTo(DUE.plus(Duration.ofHours(3)));
    }

    @Test
    void wrongMovesAreRefused() {
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> clock.resume(T0)).withMessageContaining("not paused");
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> clock.pause(T0).pause(T0))
                .withMessageContaining("already paused");
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> clock.met(T0).pause(T0))
                .withMessageContaining("met");
    }

    @Test
    void aThresholdIsItsShareOfTheAllowedTimeAfterTheStart() {
        // START to DUE is 6 days
        assertThat(clock.passes(50)).isEqualTo(START.plus(Duration.ofDays(3)));
        assertThat(clock.passes(75)).isEqualTo(START.plus(Duration.ofHours(108)));
        assertThat(clock.passes(100)).isEqualTo(DUE);
    }

    @Test
    void pausesMoveTheThresholdsAndAnOpenPauseIsAssumedToLastItsMaximum() {
        PausableClock resumed = clock.pause(T0).resume(T0.plus(Duration.ofHours(5)));
        assertThat(resumed.passes(50)).isEqualTo(START.plus(Duration.ofDays(3)).plus(Duration.ofHours(5)));

        PausableClock paused = resumed.pause(T0.plus(Duration.ofHours(6)));
        assertThat(paused.passes(100)).isEqualTo(DUE.plus(Duration.ofDays(30)));
        assertThat(paused.dueAtIfRunning()).isEqualTo(DUE.plus(Duration.ofHours(5)));
    }

    @Test
    void aThresholdPassedBeforeThePauseStaysPassed() {
        // paused 4 days after the start: 50 % (3 days) had passed, 75 % (4.5 days) had not
        PausableClock paused = clock.pause(START.plus(Duration.ofDays(4)));

        assertThat(paused.passes(50)).isEqualTo(START.plus(Duration.ofDays(3)));
        assertThat(paused.passes(75)).isEqualTo(START.plus(Duration.ofHours(108)).plus(Duration.ofDays(30)));
    }
}
