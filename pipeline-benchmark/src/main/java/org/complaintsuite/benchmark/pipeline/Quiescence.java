package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until the pipeline is idle: no lag in any watched consumer group and no re-assessment waiting in risk
 * scoring, in two consecutive samples taken after the wait began. Between scenarios, so that one scenario's backlog
 * is not measured as the next one's slowness.
 */
final class Quiescence {

    /** How a wait ended: whether the pipeline went idle, and after how long. */
    record Waited(boolean idle, Duration waited) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Quiescence.class);

    private final LagSampler lag;
    private final RiskQueues queues;

    Quiescence(LagSampler lag, RiskQueues queues) {
        this.lag = lag;
        this.queues = queues;
    }

    Waited await(Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Instant lastIdleSample = null;
        int idleInARow = 0;
        long lastLog = System.nanoTime();
        while (Instant.now().isBefore(deadline)) {
            List<LagSample> latest = lag.latest();
            RiskQueueSample queue = queues.latest();
            Instant sampledAt = latest.stream().map(LagSample::at).min(Instant::compareTo).orElse(Instant.MIN);
            if (sampledAt.isAfter(start) && !sampledAt.equals(lastIdleSample)) {
                boolean idle = latest.stream().allMatch(sample -> sample.lag() == 0)
                        && (queue == null || !queues.readable() || queue.empty());
                idleInARow = idle ? idleInARow + 1 : 0;
                lastIdleSample = sampledAt;
                if (idleInARow >= 2) {
                    return new Waited(true, Duration.between(start, Instant.now()));
                }
            }
            if (System.nanoTime() - lastLog > 15_000_000_000L) {
                LOG.info("waiting for the pipeline to go idle: lag {}, re-assessments waiting {}", describe(latest),
                        queue == null ? "?" : queue.complaints() + " (+" + queue.rings() + " rings)");
                lastLog = System.nanoTime();
            }
            Thread.sleep(500);
        }
        LOG.warn("the pipeline did not go idle within {}: lag {}", timeout, describe(lag.latest()));
        return new Waited(false, timeout);
    }

    private static String describe(List<LagSample> latest) {
        StringBuilder out = new StringBuilder();
        latest.stream().filter(sample -> sample.lag() > 0).forEach(sample -> out.append(sample.group()).append('/')
                .append(sample.topic()).append('=').append(sample.lag()).append(' '));
        return out.isEmpty() ? "0" : out.toString().trim();
    }
}
