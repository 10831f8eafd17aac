package org.complaintsuite.workflow.inbox.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the webhook outbox: claims a bounded batch of due deliveries, posts them all at once (each within its
 * timeouts), and records each outcome: delivered, tried again after a growing pause, or given up as FAILED after the
 * last attempt. Runs on the scheduler, never on the Kafka consumer; several instances share the work.
 */
@Component
class WebhookSender implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookDeliveryStore store;
    private final WebhookProperties properties;
    private final WebhookMetrics metrics;
    private final WebhookClient client;
    private final WebhookBackoff backoff;
    private final Map<String, WebhookProperties.Endpoint> endpoints;
    private final Clock clock;

    WebhookSender(WebhookDeliveryStore store, WebhookProperties properties, WebhookMetrics metrics, JsonMapper json,
            Clock clock) {
        this.store = store;
        this.properties = properties;
        this.metrics = metrics;
        this.client = new WebhookClient(properties.connectTimeout(), properties.requestTimeout(), json, clock);
        this.backoff = properties.backoff();
        this.endpoints = properties.endpoints().stream()
                .collect(Collectors.toUnmodifiableMap(WebhookProperties.Endpoint::name, Function.identity()));
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::scheduledRun, properties.interval(), properties.interval()));
    }

    void scheduledRun() {
        if (!properties.senderEnabled()) {
            return;
        }
        try {
            int sent;
            do {
                sent = sendBatch();
            }
            while (sent == properties.batchSize());
        }
        catch (RuntimeException ex) {
            log.warn("Webhook sender run failed, will try again: {}", ex.toString());
        }
    }

    /** Sends one batch of due deliveries; returns how many were claimed. */
    int sendBatch() {
        Instant now = clock.instant();
        List<WebhookDeliveryStore.Claimed> claimed = store.claimDue(now, now.plus(properties.claimLease()),
                properties.batchSize());
        List<WebhookDeliveryStore.Claimed> sent = new ArrayList<>(claimed.size());
        List<CompletableFuture<WebhookClient.Outcome>> outcomes = new ArrayList<>(claimed.size());
        for (WebhookDeliveryStore.Claimed delivery : claimed) {
            WebhookProperties.Endpoint endpoint = endpoints.get(delivery.endpoint());
            if (endpoint == null) {
                store.failed(delivery.id(), delivery.attempts(), "endpoint no longer configured", now);
                metrics.attempted(delivery.endpoint(), WebhookMetrics.Outcome.FAILED);
                log.warn("Webhook delivery {} given up: endpoint {} is no longer configured", delivery.id(),
                        delivery.endpoint());
                continue;
            }
            sent.add(delivery);
            outcomes.add(client.send(endpoint, delivery.body()));
        }
        // all at once, each within its timeouts; the outcomes are recorded here, not on the HTTP client's threads
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).join();
        for (int i = 0; i < sent.size(); i++) {
            record(sent.get(i), outcomes.get(i).join());
        }
        return claimed.size();
    }

    private void record(WebhookDeliveryStore.Claimed delivery, WebhookClient.Outcome outcome) {
        int attempts = delivery.attempts() + 1;
        Instant now = clock.instant();
        if (outcome.delivered()) {
            store.delivered(delivery.id(), attempts, now);
            metrics.attempted(delivery.endpoint(), WebhookMetrics.Outcome.DELIVERED);
            log.debug("Webhook delivery {} to {} delivered (attempt {})", delivery.id(), delivery.endpoint(),
                    attempts);
            return;
        }
        Optional<Duration> pause = backoff.afterFailedAttempts(attempts);
        if (pause.isPresent()) {
            Instant next = now.plus(pause.get());
            store.retryAt(delivery.id(), attempts, outcome.detail(), next);
            metrics.attempted(delivery.endpoint(), WebhookMetrics.Outcome.RETRYING);
            log.warn("Webhook delivery {} to {} failed (attempt {} of {}): {}; next attempt at {}", delivery.id(),
                    delivery.endpoint(), attempts, properties.maxAttempts(), outcome.detail(), next);
        }
        else {
            store.failed(delivery.id(), attempts, outcome.detail(), now);
            metrics.attempted(delivery.endpoint(), WebhookMetrics.Outcome.FAILED);
            log.warn("Webhook delivery {} to {} FAILED after {} attempt(s), given up: {}", delivery.id(),
                    delivery.endpoint(), attempts, outcome.detail());
        }
    }
}
