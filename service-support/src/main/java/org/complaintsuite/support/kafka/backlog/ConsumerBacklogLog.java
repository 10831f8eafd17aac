package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Says in the log how a listener's backlog drains: every {@code complaintsuite.kafka.backlog-log.interval}, for each
 * listener and topic at least {@code min-lag} records behind, one line with the lag, the rate since the last line
 * and the time left at that rate ({@link BacklogProgress}); and one line when it has caught up. The figures are the
 * Kafka clients' own metrics, as Prometheus scrapes them ({@code kafka_consumer_fetch_manager_records_lag},
 * {@code …_records_consumed_total}), so the log and the dashboards agree.
 */
public class ConsumerBacklogLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerBacklogLog.class);

    static final String LAG = "kafka.consumer.fetch.manager.records.lag";
    static final String CONSUMED = "kafka.consumer.fetch.manager.records.consumed.total";

    private final MeterRegistry registry;
    private final BacklogLogProperties properties;
    private final Map<Key, Double> consumedBefore = new HashMap<>();
    private final Set<Key> behind = new HashSet<>();
    private ScheduledExecutorService timer;

    public ConsumerBacklogLog(MeterRegistry registry, BacklogLogProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    /** One listener's consumption of one topic. */
    record Key(String listener, String topic) {
    }

    /** Reads the metrics and logs what moved, returning the lines logged; run on the timer, and by tests directly. */
    synchronized List<String> report() {
        List<String> lines = new ArrayList<>();
        Map<Key, Double> lag = sum(LAG, true);
        Map<Key, Double> consumed = sum(CONSUMED, false);
        Duration interval = properties.interval();
        lag.forEach((key, behindBy) -> {
            double total = consumed.getOrDefault(key, 0.0);
            long taken = Math.round(total - consumedBefore.getOrDefault(key, total));
            var progress = new BacklogProgress(key.listener(), key.topic(), Math.round(behindBy), taken, interval);
            if (progress.lag() >= properties.minLag()) {
                behind.add(key);
                lines.add(progress.describe());
            }
            else if (behind.remove(key)) {
                lines.add("Listener %s has caught up on %s (%,d records behind)".formatted(key.listener(),
                        key.topic(), progress.lag()));
            }
        });
        consumedBefore.clear();
        consumedBefore.putAll(consumed);
        lines.forEach(log::info);
        return lines;
    }

    /** The meter's values summed per listener and topic: per partition for the lag, per topic for the count. */
    private Map<Key, Double> sum(String name, boolean perPartition) {
        Map<Key, Double> sums = new HashMap<>();
        for (Meter meter : registry.find(name).meters()) {
            Meter.Id id = meter.getId();
            String topic = id.getTag("topic");
            String listener = id.getTag("spring.id");
            if (topic == null || listener == null || perPartition != (id.getTag("partition") != null)) {
                continue;
            }
            double value = meter.measure().iterator().next().getValue();
            if (Double.isFinite(value)) {
                sums.merge(new Key(listener, topic), value, Double::sum);
            }
        }
        return sums;
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
            log.debug("Could not read the consumer metrics: {}", ex.toString());
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
