package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the samplers once a second on a thread of its own, labelling every sample with the phase (scenario) the
 * benchmark is in. A failed sample is logged and skipped: a missing second is better than a stopped benchmark.
 */
final class SamplingLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SamplingLoop.class);

    private final List<Sampler> samplers;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pipeline-benchmark-sampling");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String phase = "idle";

    SamplingLoop(List<Sampler> samplers) {
        this.samplers = samplers;
    }

    void start() {
        timer.scheduleAtFixedRate(this::sampleAll, 0, 1, TimeUnit.SECONDS);
    }

    void phase(String name) {
        this.phase = name;
    }

    private void sampleAll() {
        Instant at = Instant.now();
        for (Sampler sampler : samplers) {
            try {
                sampler.sample(at, phase);
            }
            catch (Exception e) {
                LOG.warn("{} failed to sample: {}", sampler.getClass().getSimpleName(), e.toString());
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
