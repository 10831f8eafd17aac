package org.complaintsuite.workflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A due time that stops while the firm waits on someone else (the customer's documents, an external appraisal):
 * paused time extends the due time. Pauses have a reason and who made them, and together may not exceed a maximum,
 * so a clock cannot be parked indefinitely. Immutable: every change returns a new clock.
 */
public final class PausableClock {

    public enum State {
        RUNNING, PAUSED, MET, BREACHED
    }

    /** One pause; {@code resumedAt} is null while it lasts. */
    public record Pause(Instant pausedAt, @Nullable Instant resumedAt, String reason, String by) {
    }

    private final Instant baseDue;
    private final Duration maxPaused;
    private final List<Pause> pauses;
    private final @Nullable Instant metAt;

    private PausableClock(Instant baseDue, Duration maxPaused, List<Pause> pauses, @Nullable Instant metAt) {
        this.baseDue = baseDue;
        this.maxPaused = maxPaused;
        this.pauses = List.copyOf(pauses);
        this.metAt = metAt;
    }

    public static PausableClock due(Instant baseDue, Duration maxPaused) {
        return new PausableClock(baseDue, maxPaused, List.of(), null);
    }

    public PausableClock pause(Instant at, String reason, String by) {
        if (metAt != null) {
            throw new IllegalStateException("the clock was met at " + metAt + ": nothing to pause");
        }
        if (isPaused()) {
            throw new IllegalStateException("the clock is already paused");
        }
        if (!paused(at).minus(maxPaused).isNegative()) {
            throw new IllegalStateException("the clock was paused for " + maxPaused + " already, the most allowed");
        }
        List<Pause> next = new ArrayList<>(pauses);
        next.add(new Pause(at, null, reason, by));
        return new PausableClock(baseDue, maxPaused, next, null);
    }

    public PausableClock resume(Instant at) {
        if (!isPaused()) {
            throw new IllegalStateException("the clock is not paused");
        }
        Pause open = pauses.getLast();
        if (at.isBefore(open.pausedAt())) {
            throw new IllegalArgumentException("cannot resume before the pause began (" + open.pausedAt() + ")");
        }
        List<Pause> next = new ArrayList<>(pauses.subList(0, pauses.size() - 1));
        next.add(new Pause(open.pausedAt(), at, open.reason(), open.by()));
        return new PausableClock(baseDue, maxPaused, next, null);
    }

    /** The clock stops for good: the thing it measures was done. */
    public PausableClock met(Instant at) {
        PausableClock running = isPaused() ? resume(at) : this;
        return new PausableClock(baseDue, maxPaused, running.pauses, at);
    }

    public boolean isPaused() {
        return !pauses.isEmpty() && pauses.getLast().resumedAt() == null;
    }

    /**
     * Time paused up to {@code now}, at most the maximum: a pause left open past the maximum counts only up to it,
     * and the clock runs again from there.
     */
    public Duration paused(Instant now) {
        Duration total = Duration.ZERO;
        for (Pause pause : pauses) {
            Instant end = pause.resumedAt() != null ? pause.resumedAt() : now;
            if (end.isAfter(pause.pausedAt())) {
                total = total.plus(Duration.between(pause.pausedAt(), end));
            }
        }
        return total.compareTo(maxPaused) > 0 ? maxPaused : total;
    }

    /** The due time as of {@code now}: the base due time plus the time paused so far. */
    public Instant dueAt(Instant now) {
        return baseDue.plus(paused(metAt != null ? metAt : now));
    }

    public State state(Instant now) {
        if (metAt != null) {
            return metAt.isAfter(dueAt(metAt)) ? State.BREACHED : State.MET;
        }
        if (now.isAfter(dueAt(now))) {
            return State.BREACHED;
        }
        return isPaused() && paused(now).compareTo(maxPaused) < 0 ? State.PAUSED : State.RUNNING;
    }

    /** Time left until due (negative once overdue); frozen while paused. */
    public Duration timeLeft(Instant now) {
        return Duration.between(now, dueAt(now));
    }

    public List<Pause> pauses() {
        return pauses;
    }
}
