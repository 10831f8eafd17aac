package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Collects the outcomes of one load run's requests, from many threads, into a {@link LoadResult}. */
final class LoadRecorder {

    private final LongRecorder acceptedMicros = new LongRecorder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final LongAdder sent = new LongAdder();
    private final AtomicLong lastAnswerNanos = new AtomicLong(Long.MIN_VALUE);

    /** A request answered at {@code answeredNanos}, its latency counted from {@code fromNanos}. */
    void record(IntakeClient.Outcome outcome, long fromNanos, long answeredNanos) {
        sent.increment();
        lastAnswerNanos.accumulateAndGet(answeredNanos, Math::max);
        if (outcome.accepted()) {
            acceptedMicros.add((answeredNanos - fromNanos) / 1_000);
        }
        else {
            failures.computeIfAbsent(outcome.label(), kind -> new LongAdder()).increment();
        }
    }

    LoadResult result(String label, double target, long startNanos) {
        long[] micros = acceptedMicros.toArray();
        long[] millis = new long[micros.length];
        for (int i = 0; i < micros.length; i++) {
            millis[i] = Math.round(micros[i] / 1000.0);
        }
        Map<String, Long> failed = new TreeMap<>();
        failures.forEach((kind, count) -> failed.put(kind, count.sum()));
        long end = lastAnswerNanos.get();
        Duration elapsed = end == Long.MIN_VALUE ? Duration.ZERO : Duration.ofNanos(end - startNanos);
        return new LoadResult(label, target, sent.sum(), micros.length, failed, elapsed,
                LatencySummary.ofMillis(millis));
    }
}
