package org.complaintsuite.workflow.sla;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.support.ConflictException;

/**
 * A clock that stops while the firm waits on someone else (the customer's documents, an external appraisal): paused
 * time extends the due time. Pauses together may not exceed a maximum, so a clock cannot be parked indefinitely: a
 * pause left open past the maximum counts only up to it, and the clock runs again from there. Immutable: every
 * change returns a new clock.
 *
 * @param startedAt       when the clock started (receipt, or a reopening)
 * @param baseDue         the due time before any pause
 * @param maxPaused       the most the clock may be paused in all
 * @param pausedCompleted the time of the pauses already ended
 * @param pausedSince     when the current pause began, or null while running
 * @param metAt           when the thing measured was done, or null
 */
public record PausableClock(Instant startedAt, Instant baseDue, Duration maxPaused, Duration pausedCompleted,
        @Nullable Instant pausedSince, @Nullable Instant metAt) {

    public static PausableClock started(Instant startedAt, Instant baseDue, Duration maxPaused) {
        return new PausableClock(startedAt, baseDue, maxPaused, Duration.ZERO, null, null);
    }

    public PausableClock pause(Instant at) {
        if (metAt != null) {
            throw new ConflictException("The clock was met at " + metAt + ": there is nothing to pause.");
        }
        if (pausedSince != null) {
            throw new ConflictException("The clock is already paused (since " + pausedSince + ").");
        }
        if (pausedCompleted.compareTo(maxPaused) >= 0) {
            throw new ConflictException("The clock was paused for " + maxPaused + " already, the most allowed.");
        }
        return new PausableClock(startedAt, baseDue, maxPaused, pausedCompleted, at, null);
    }

    public PausableClock resume(Instant at) {
        if (pausedSince == null) {
            throw new ConflictException("The clock is not paused.");
        }
        if (at.isBefore(pausedSince)) {
            throw new ConflictException("The clock cannot resume before its pause began (" + pausedSince + ").");
        }
        return new PausableClock(startedAt, baseDue, maxPaused, paused(at), null, null);
    }

    /** The clock stops for good: the thing it measures was done. */
    public PausableClock met(Instant at) {
        PausableClock running = isPaused() ? resume(at) : this;
        return new PausableClock(startedAt, baseDue, maxPaused, running.pausedCompleted, null, at);
    }

    /** The same clock with another base due time (a calendar year loaded, another policy applied). */
    public PausableClock withBaseDue(Instant due) {
        return new PausableClock(startedAt, due, maxPaused, pausedCompleted, pausedSince, metAt);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    /** Time paused up to {@code now}, at most the maximum. */
    public Duration paused(Instant now) {
        Duration total = pausedCompleted;
        if (pausedSince != null && now.isAfter(pausedSince)) {
            total = total.plus(Duration.between(pausedSince, now));
        }
        return total.compareTo(maxPaused) > 0 ? maxPaused : total;
    }

    /** The due time as of {@code now}: the base due time plus the time paused so far. */
    public Instant dueAt(Instant now) {
        return baseDue.plus(paused(metAt != null ? metAt : now));
    }

    /** The due time counting only the pauses that ended: what the clock is due at if it runs from here on. */
    public Instant dueAtIfRunning() {
        return baseDue.plus(pausedCompleted);
    }

    /**
     * When the clock passes {@code percent} of its allowed time: the start plus that share of the time allowed, plus
     * the pauses. A threshold passed before the current pause began stays passed; a later one is assumed to come
     * after the pause has lasted as long as it may (resuming recomputes it).
     */
    public Instant passes(int percent) {
        Duration allowed = Duration.between(startedAt, baseDue);
        Instant running = startedAt.plus(allowed.multipliedBy(percent).dividedBy(100)).plus(pausedCompleted);
        if (pausedSince == null || !running.isAfter(pausedSince)) {
            return running;
        }
        return running.plus(maxPaused.minus(pausedCompleted));
    }

    /** Where the clock stands at {@code now}, on time or not by the {@link OnTimeRule}. */
    public ClockState state(Instant now) {
        if (metAt != null) {
            return OnTimeRule.onTime(metAt, dueAt(metAt)) ? ClockState.MET : ClockState.BREACHED;
        }
        if (!OnTimeRule.onTime(now, dueAt(now))) {
            return ClockState.BREACHED;
        }
        return isPaused() && paused(now).compareTo(maxPaused) < 0 ? ClockState.PAUSED : ClockState.RUNNING;
    }

    /** Time left until due (negative once overdue); frozen while paused. */
    public Duration timeLeft(Instant now) {
        return Duration.between(now, dueAt(now));
    }
}
