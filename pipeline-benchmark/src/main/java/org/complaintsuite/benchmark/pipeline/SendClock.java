package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;

/**
 * Turns {@link System#nanoTime()} readings into wall-clock instants, anchored once: the load is scheduled on the
 * monotonic clock, while the cases' timestamps in PostgreSQL are wall-clock (the same machine's clock).
 */
record SendClock(long anchorNanos, Instant anchorInstant) {

    static SendClock now() {
        return new SendClock(System.nanoTime(), Instant.now());
    }

    Instant instantOf(long nanos) {
        return anchorInstant.plusNanos(nanos - anchorNanos);
    }
}
