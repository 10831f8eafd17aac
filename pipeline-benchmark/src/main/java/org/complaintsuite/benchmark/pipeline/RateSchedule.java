package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;

/**
 * When each request of an open-loop run is due: request i at {@code start + i / rate}, whatever happened to the
 * requests before it. Latency is measured from this scheduled time, not from the moment the request was actually
 * sent, so a server that stalls is charged for every request that should have gone out meanwhile (no coordinated
 * omission).
 *
 * @param startNanos    {@link System#nanoTime()} of request 0
 * @param ratePerSecond requests per second, &gt; 0
 */
record RateSchedule(long startNanos, double ratePerSecond) {

    RateSchedule {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
    }

    /** The {@link System#nanoTime()} at which request {@code index} (from 0) is due. */
    long dueNanos(long index) {
        return startNanos + Math.round(index * 1_000_000_000.0 / ratePerSecond);
    }

    /** How many requests fall due in a run of {@code duration}: those due before its end. */
    long requestsWithin(Duration duration) {
        double exact = duration.toNanos() / 1_000_000_000.0 * ratePerSecond;
        long whole = (long) Math.ceil(exact - 1e-9);
        return Math.max(whole, 0);
    }
}
