package org.complaintsuite.workflow.deadletters;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import org.complaintsuite.workflow.cases.AssessmentFailures;

/**
 * {@code workflow_dead_letters_pending{topic}} (dead letters not replayed yet, per topic consumed from) and
 * {@code workflow_cases_assessment_failed} (complaints whose scoring failed and that no assessment has reached since).
 * Computed every {@code workflow.dead-letters.gauge-refresh} and after each dead letter or replay; a scrape reads the
 * last values and never touches the database.
 */
@Component
class DeadLetterMetrics implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetrics.class);
    /** After a start, the first run waits this long. */
    private static final Duration FIRST_REFRESH_AFTER = Duration.ofSeconds(5);

    private final DeadLetterStore store;
    private final AssessmentFailures failures;
    private final MeterRegistry registry;
    private final DeadLetterProperties properties;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private volatile long failed;

    DeadLetterMetrics(DeadLetterStore store, AssessmentFailures failures, MeterRegistry registry,
            DeadLetterProperties properties) {
        this.store = store;
        this.failures = failures;
        this.registry = registry;
        this.properties = properties;
        properties.topics().forEach(this::register);
        Gauge.builder("workflow.cases.assessment.failed", this, metrics -> metrics.failed)
                .description("Complaints whose risk scoring was dead-lettered and not assessed since")
                .register(registry);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::refresh, properties.gaugeRefresh(), FIRST_REFRESH_AFTER));
    }

    void refresh() {
        try {
            Map<String, Long> byTopic = store.pendingByTopic();
            byTopic.keySet().stream().filter(topic -> !pending.containsKey(topic)).forEach(this::register);
            pending.replaceAll((topic, count) -> byTopic.getOrDefault(topic, 0L));
            failed = failures.count();
        }
        catch (RuntimeException ex) {
            log.warn("Dead-letter gauges not refreshed: {}", ex.toString());
        }
    }

    private void register(String topic) {
        pending.putIfAbsent(topic, 0L);
        Gauge.builder("workflow.dead.letters.pending", pending, counts -> counts.getOrDefault(topic, 0L))
                .description("Dead letters not replayed yet, by the topic they were consumed from")
                .tag("topic", topic).register(registry);
    }
}
