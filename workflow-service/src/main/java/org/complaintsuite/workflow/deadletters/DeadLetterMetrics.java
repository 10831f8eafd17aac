package org.complaintsuite.workflow.deadletters;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.complaintsuite.workflow.cases.AssessmentFailures;

/**
 * {@code workflow_dead_letters_pending{topic}} (dead letters not replayed yet, per topic consumed from) and
 * {@code workflow_cases_assessment_failed} (complaints whose scoring failed and that no assessment has reached since).
 * Computed every {@code workflow.dead-letters.gauge-refresh} and after each dead letter or replay; a scrape reads the
 * last values and never touches the database.
 */
@Component
class DeadLetterMetrics {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetrics.class);

    private final DeadLetterStore store;
    private final AssessmentFailures failures;
    private final MeterRegistry registry;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private volatile long failed;

    DeadLetterMetrics(DeadLetterStore store, AssessmentFailures failures, MeterRegistry registry,
            DeadLetterProperties properties) {
        this.store = store;
        this.failures = failures;
        this.registry = registry;
        properties.topics().forEach(this::register);
        Gauge.builder("workflow.cases.assessment.failed", this, metrics -> metrics.failed)
                .description("Complaints whose risk scoring was dead-lettered and not assessed since")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${workflow.dead-letters.gauge-refresh:30s}", initialDelayString = "5s")
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
