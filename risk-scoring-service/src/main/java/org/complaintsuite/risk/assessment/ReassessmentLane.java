package org.complaintsuite.risk.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.complaintsuite.risk.links.RingStore;

/**
 * The re-assessment lane: expands grown rings into their members' queue and assesses each queued complaint again, on
 * a thread of its own, never on a listener's, so a ring however big holds up no other complaint's scoring. It is woken
 * when a scoring queued work, and looks every {@code risk.reassessment.interval} for leftovers (after a crash, or
 * queued by another instance). A grown ring waits {@code risk.reassessment.coalescing-window} from when it was first
 * queued: a ring that grows many times in that window (an agency's burst) is expanded once, into at most
 * {@code risk.max-reassessments} members. Each piece of work is a transaction of its own, taken with {@code FOR UPDATE
 * SKIP LOCKED}, so several instances drain side by side; what changed is published from the outbox after every
 * {@code risk.outbox-batch-size} pieces and at the end of each drain. The queue's depth is the gauge
 * {@code risk.reassessment.queue} ({@code queue} = rings, complaints), and a drain of a backlog is logged with its
 * rate.
 */
@Component
public class ReassessmentLane implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReassessmentLane.class);
    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(100);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final AssessmentService assessments;
    private final RingStore rings;
    private final OutboxRelay relay;
    private final ReassessmentLaneProperties properties;
    private final int publishEvery;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile @Nullable Thread thread;
    private volatile boolean stopping;

    ReassessmentLane(AssessmentService assessments, RingStore rings, OutboxRelay relay,
            ReassessmentLaneProperties properties, OutboxRelayProperties outbox, Clock clock, MeterRegistry registry) {
        this.assessments = assessments;
        this.rings = rings;
        this.relay = relay;
        this.properties = properties;
        this.publishEvery = outbox.outboxBatchSize();
        this.clock = clock;
        // read from the queue when scraped (two counts of small tables), so the figure is right whichever instance or
        // thread is draining
        Gauge.builder("risk.reassessment.queue", rings, store -> store.queueDepth().rings()).tag("queue", "rings")
                .description("Grown rings waiting to be expanded into their members' re-assessment").register(registry);
        Gauge.builder("risk.reassessment.queue", rings, store -> store.queueDepth().complaints())
                .tag("queue", "complaints").description("Complaints waiting to be assessed again").register(registry);
    }

    /** Has the lane look at the queue now; returns at once. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * Works through the queued work that is ready (rings queued a coalescing window ago or more, and every queued
     * complaint), on the caller's thread, and publishes what changed. The lane's thread runs it; a test may too, to
     * settle the queue, side by side with the lane.
     *
     * @return how many pieces of work (ring expansions and re-assessments) it did
     */
    public int drain() {
        long started = System.nanoTime();
        long reported = started;
        int done = 0;
        while (!stopping && assessments.reassessNext(properties.coalescingWindow())) {
            done++;
            if (done % publishEvery == 0) {
                publish();
                if (System.nanoTime() - reported > PROGRESS_EVERY.toNanos()) {
                    reported = System.nanoTime();
                    logProgress(done, started, rings.queueDepth());
                }
            }
        }
        if (done > 0) {
            publish();
        }
        if (done >= properties.backlogLogged()) {
            double seconds = (System.nanoTime() - started) / 1e9;
            RingStore.QueueDepth left = rings.queueDepth();
            log.info("Re-assessment lane drained {} piece(s) of work in {} s ({}/s); {} ring(s) and {} complaint(s) "
                    + "left queued", done, Math.round(seconds), Math.round(done / seconds), left.rings(),
                    left.complaints());
        }
        return done;
    }

    /** Publishes what changed; a failure is left to the outbox relay's next run. */
    private void publish() {
        try {
            relay.publishPending();
        }
        catch (RuntimeException ex) {
            log.warn("Publishing re-assessments failed, the outbox relay will: {}", ex.toString());
        }
    }

    private void logProgress(int done, long started, RingStore.QueueDepth queued) {
        double rate = done / ((System.nanoTime() - started) / 1e9);
        log.info("Re-assessment lane: {} piece(s) of work done ({}/s), {} ring(s) and {} complaint(s) queued, about "
                + "{} s to go", done, Math.round(rate), queued.rings(), queued.complaints(),
                Math.round(queued.complaints() / Math.max(rate, 1)));
    }

    /** Until the oldest queued ring is ready, but at most the interval. */
    private Duration pauseAfter(RingStore.QueueDepth depth) {
        Instant oldest = depth.oldestRing();
        if (oldest == null) {
            return properties.interval();
        }
        Duration untilReady = Duration.between(clock.instant(), oldest.plus(properties.coalescingWindow()));
        return untilReady.compareTo(SHORTEST_PAUSE) < 0 ? SHORTEST_PAUSE
                : untilReady.compareTo(properties.interval()) > 0 ? properties.interval() : untilReady;
    }

    private void run() {
        Duration pause = Duration.ZERO;
        while (thread == Thread.currentThread()) {
            try {
                wakeUps.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                drain();
                pause = pauseAfter(rings.queueDepth());
            }
            catch (InterruptedException ex) {
                // stop() clears the thread before it interrupts, which ends the loop; any other interrupt only cut the
                // pause short (keeping the flag set would make every later pause end at once, a busy loop)
                pause = Duration.ZERO;
            }
            catch (RuntimeException ex) {
                log.warn("Re-assessment lane failed, will try again: {}", ex.toString());
                pause = properties.interval();
            }
        }
    }

    @Override
    public void start() {
        stopping = false;
        thread = Thread.ofPlatform().name("risk-reassessment-lane").daemon(true).start(this::run);
    }

    @Override
    public void stop() {
        stopping = true;
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(5));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
