package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Says how each consumer group of the service drains its backlog: every {@code complaintsuite.kafka.backlog-log
 * .interval}, the broker's committed offsets and partition ends per group and topic ({@link GroupOffsets}) become the
 * gauge {@code kafka.consumer.group.lag} (Prometheus {@code kafka_consumer_group_lag{group, topic}}) and, for each
 * group and topic at least {@code min-lag} records behind, one log line with the lag, the rate since the last reading
 * and the time left at that rate ({@link BacklogProgress}); and one line when it has caught up. Several instances of
 * a service share a group and report the same figures.
 */
public class ConsumerBacklogLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerBacklogLog.class);

    static final String LAG = "kafka.consumer.group.lag";

    private final Supplier<Map<GroupOffsets.Key, GroupOffsets.Position>> offsets;
    private final MeterRegistry registry;
    private final BacklogLogProperties properties;
    private final Map<GroupOffsets.Key, Long> committedBefore = new HashMap<>();
    private final Map<GroupOffsets.Key, AtomicLong> lags = new ConcurrentHashMap<>();
    private final Set<GroupOffsets.Key> behind = new HashSet<>();
    private @Nullable ScheduledExecutorService timer;

    public ConsumerBacklogLog(Supplier<Map<GroupOffsets.Key, GroupOffsets.Position>> offsets, MeterRegistry registry,
            BacklogLogProperties properties) {
        this.offsets = offsets;
        this.registry = registry;
        this.properties = properties;
    }

    /** Reads the offsets, sets the gauges and logs what moved, returning the lines logged; run on the timer and by tests. */
    synchronized List<String> report() {
        List<String> lines = new ArrayList<>();
        Map<GroupOffsets.Key, GroupOffsets.Position> now = offsets.get();
        now.forEach((key, position) -> {
            lags.computeIfAbsent(key, this::gauge).set(position.lag());
            Long before = committedBefore.get(key);
            long taken = before == null ? 0 : Math.max(0, position.committed() - before);
            var progress = new BacklogProgress(key.group(), key.topic(), position.lag(), taken,
                    properties.interval());
            if (progress.lag() >= properties.minLag()) {
                behind.add(key);
                lines.add(progress.describe());
            }
            else if (behind.remove(key)) {
                lines.add("Consumer group %s has caught up on %s (%,d records behind)".formatted(key.group(),
                        key.topic(), progress.lag()));
            }
        });
        committedBefore.clear();
        now.forEach((key, position) -> committedBefore.put(key, position.committed()));
        lines.forEach(log::info);
        return lines;
    }

    private AtomicLong gauge(GroupOffsets.Key key) {
        AtomicLong lag = new AtomicLong();
        Gauge.builder(LAG, lag, AtomicLong::get).tags("group", key.group(), "topic", key.topic())
                .description("Records of the topic the consumer group has not yet processed (committed offsets "
                        + "against the partitions' ends, as the broker knows them)")
                .register(registry);
        return lag;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("backlog-log")
                .factory());
        long millis = properties.interval().toMillis();
        timer.scheduleWithFixedDelay(this::reportSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void reportSafely() {
        try {
            report();
        }
        catch (RuntimeException ex) {
            log.debug("Could not read the consumer groups' offsets: {}", ex.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
