package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How fast one consumer group worked through a backlog on one topic, from the lag samples: the records it consumed
 * (committed offsets) from the last sample before the backlog was put on the topic to the first sample after the
 * producer finished in which its lag was zero, divided by that time.
 *
 * @param drainedAt when the lag was first zero after the producer finished; null when it never was in the samples
 */
record DrainRate(String group, String topic, long consumed, long peakLag, Duration elapsed,
        @Nullable Instant drainedAt) {

    double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? Double.NaN : consumed / seconds;
    }

    boolean drained() {
        return drainedAt != null;
    }

    /**
     * @param samples   every sample of the run, in time order
     * @param fillStart when the producer started
     * @param fillEnd   when the producer finished
     */
    static Optional<DrainRate> of(List<LagSample> samples, String group, String topic, Instant fillStart,
            Instant fillEnd) {
        List<LagSample> mine = samples.stream()
                .filter(sample -> sample.group().equals(group) && sample.topic().equals(topic)).toList();
        LagSample before = null;
        for (LagSample sample : mine) {
            if (!sample.at().isAfter(fillStart)) {
                before = sample;
            }
        }
        if (before == null) {
            return Optional.empty();
        }
        LagSample last = before;
        long peak = 0;
        Instant drainedAt = null;
        for (LagSample sample : mine) {
            if (!sample.at().isAfter(before.at())) {
                continue;
            }
            peak = Math.max(peak, sample.lag());
            last = sample;
            if (sample.at().isAfter(fillEnd) && sample.lag() == 0) {
                drainedAt = sample.at();
                break;
            }
        }
        return Optional.of(new DrainRate(group, topic, last.committed() - before.committed(), peak,
                Duration.between(fillStart, last.at()), drainedAt));
    }
}
