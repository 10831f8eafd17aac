package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.sla.PausableClock;

/**
 * A case's resolution clock as stored: when it started (receipt, or the last reopening), its due time on the
 * calendar, and its pauses while the firm waits on others. The rule of pausing is {@link PausableClock}'s; this part
 * of the case keeps its state between commands.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ResolutionClock {

    @Column(name = "resolution_started_at")
    private Instant startedAt;

    /** The due time before any pause, as the calendar placed it. */
    @Column(name = "resolution_base_due_at")
    private Instant baseDueAt;

    /** The due time counting the pauses that ended (a current pause extends it further). */
    @Column(name = "resolution_due_at")
    private Instant dueAt;

    @Column(name = "resolution_due_provisional")
    private boolean provisional;

    @Column(name = "resolution_paused_seconds")
    private long pausedSeconds;

    @Column(name = "resolution_paused_since")
    private @Nullable Instant pausedSince;

    @Column(name = "pause_reason")
    private @Nullable String pauseReason;

    @Column(name = "paused_by")
    private @Nullable String pausedBy;

    /** A clock started at {@code at}, due at {@code due}. */
    static ResolutionClock startedAt(Instant at, WorkingCalendar.Due due) {
        var clock = new ResolutionClock();
        clock.restart(at, due);
        return clock;
    }

    /** Starts the clock again afresh, its pauses forgotten (a reopening). */
    void restart(Instant at, WorkingCalendar.Due due) {
        pausedSeconds = 0;
        pausedSince = null;
        pauseReason = null;
        pausedBy = null;
        startFrom(at, due);
    }

    /** Moves the clock's start, its pauses kept (an earlier start taken from a merged duplicate). */
    void startFrom(Instant at, WorkingCalendar.Due due) {
        startedAt = at;
        rebase(due);
    }

    /** Another due time before pauses (another policy, a calendar year loaded); the pauses still count. */
    void rebase(WorkingCalendar.Due due) {
        baseDueAt = due.at();
        provisional = due.provisional();
        dueAt = due.at().plusSeconds(pausedSeconds);
    }

    /** Whether {@code due} would place the clock elsewhere than it stands. */
    boolean movesTo(WorkingCalendar.Due due) {
        return !due.at().equals(baseDueAt) || due.provisional() != provisional;
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    /** The clock as the pausing rule sees it, met at {@code resolvedAt} if resolved. */
    public PausableClock clock(Duration maxPause, @Nullable Instant resolvedAt) {
        Duration paused = Duration.ofSeconds(pausedSeconds);
        return resolvedAt == null ? new PausableClock(startedAt, baseDueAt, maxPause, paused, pausedSince, null)
                : new PausableClock(startedAt, baseDueAt, maxPause, paused, null, resolvedAt);
    }

    void pause(String reason, String by, Duration maxPause, Instant now) {
        pausedSince = clock(maxPause, null).pause(now).pausedSince();
        pauseReason = reason;
        pausedBy = by;
    }

    /** Runs the clock again; returns how long this pause counted. */
    Duration resume(Duration maxPause, Instant now) {
        PausableClock resumed = clock(maxPause, null).resume(now);
        Duration thisPause = resumed.pausedCompleted().minusSeconds(pausedSeconds);
        endPause(resumed);
        return thisPause;
    }

    /** The resolution came: a current pause ends with it. */
    void met(Duration maxPause, Instant now) {
        endPause(clock(maxPause, null).met(now));
    }

    /** The case stopped (withdrawn, merged): a current pause ends. */
    void stop(Duration maxPause, Instant now) {
        if (isPaused()) {
            endPause(clock(maxPause, null).resume(now));
        }
    }

    private void endPause(PausableClock clock) {
        pausedSeconds = clock.pausedCompleted().toSeconds();
        dueAt = clock.dueAtIfRunning();
        pausedSince = null;
        pauseReason = null;
        pausedBy = null;
    }
}
