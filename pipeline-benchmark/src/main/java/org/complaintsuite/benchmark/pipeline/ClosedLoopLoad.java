package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * As fast as intake answers (closed loop): {@code connections} virtual threads each post a call, wait for the answer
 * and post the next, until the duration is up. Latency runs from the moment each request was sent; the rate is
 * whatever intake sustained.
 */
final class ClosedLoopLoad {

    private final IntakeClient client;

    ClosedLoopLoad(IntakeClient client) {
        this.client = client;
    }

    LoadResult run(int connections, Duration duration, CallSource calls, SentLog log) {
        SendClock clock = SendClock.now();
        long start = clock.anchorNanos();
        long end = start + duration.toNanos();
        AtomicLong counter = new AtomicLong();
        LoadRecorder recorder = new LoadRecorder();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                senders.execute(() -> {
                    long sentNanos;
                    while ((sentNanos = System.nanoTime()) < end) {
                        Instant sentAt = clock.instantOf(sentNanos);
                        PhoneCall call = calls.call(counter.getAndIncrement(), sentAt);
                        IntakeClient.Outcome outcome = client.post(call);
                        recorder.record(outcome, sentNanos, System.nanoTime());
                        if (outcome.accepted()) {
                            log.sent(call.callId(), sentAt);
                        }
                    }
                });
            }
        }
        return recorder.result(connections + " connections closed loop", 0, start);
    }
}
