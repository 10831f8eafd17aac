package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts calls at a target rate whatever intake does (open loop): request i is due at {@link RateSchedule#dueNanos},
 * is sent on a virtual thread of its own, and its latency runs from its due time. At most {@code maxInFlight}
 * requests are outstanding; a request waiting for a slot is late, and its wait is part of its latency.
 */
final class OpenLoopLoad {

    private static final Duration DRAIN = Duration.ofSeconds(35);

    private final IntakeClient client;
    private final int maxInFlight;

    OpenLoopLoad(IntakeClient client, int maxInFlight) {
        this.client = client;
        this.maxInFlight = maxInFlight;
    }

    LoadResult run(double rate, Duration duration, CallSource calls, SentLog log) throws InterruptedException {
        SendClock clock = SendClock.now();
        RateSchedule schedule = new RateSchedule(clock.anchorNanos() + 1_000_000, rate);
        long requests = schedule.requestsWithin(duration);
        LoadRecorder recorder = new LoadRecorder();
        Semaphore slots = new Semaphore(maxInFlight);
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < requests; i++) {
                long due = schedule.dueNanos(i);
                waitUntil(due);
                slots.acquire();
                Instant dueAt = clock.instantOf(due);
                PhoneCall call = calls.call(i, dueAt);
                senders.execute(() -> {
                    try {
                        IntakeClient.Outcome outcome = client.post(call);
                        recorder.record(outcome, due, System.nanoTime());
                        if (outcome.accepted()) {
                            log.sent(call.callId(), dueAt);
                        }
                    }
                    finally {
                        slots.release();
                    }
                });
            }
            senders.shutdown();
            if (!senders.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        }
        return recorder.result(Format.rate(rate) + " open loop", rate, schedule.startNanos());
    }

    private static void waitUntil(long dueNanos) {
        long wait;
        while ((wait = dueNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
