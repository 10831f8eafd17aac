package org.complaintsuite.workflow.inbox.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the webhook did: {@code workflow.inbox.webhook.attempts} counts attempts by {@code endpoint} and
 * {@code outcome} ({@code delivered}, {@code retrying}: failed and tried again later, {@code failed}: failed and
 * given up); {@code workflow.inbox.webhook.deliveries} gauges the deliveries {@code pending} and {@code failed}.
 * Alert on a growing pending gauge (robots unreachable or no sender running) and on any increase of failed.
 */
@Component
class WebhookMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(WebhookMetrics.class);

    static final String ATTEMPTS = "workflow.inbox.webhook.attempts";
    static final String DELIVERIES = "workflow.inbox.webhook.deliveries";

    enum Outcome {
        DELIVERED, RETRYING, FAILED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final WebhookDeliveryStore store;
    private final MeterRegistry registry;

    WebhookMetrics(WebhookDeliveryStore store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    void attempted(String endpoint, Outcome outcome) {
        Counter.builder(ATTEMPTS).description("Webhook delivery attempts by endpoint and outcome")
                .tag("endpoint", endpoint).tag("outcome", outcome.tag())
                .register(registry).increment();
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        gauge(meters, WebhookDeliveryStore.Status.PENDING, "Webhook deliveries not yet delivered nor given up");
        gauge(meters, WebhookDeliveryStore.Status.FAILED, "Webhook deliveries given up after their last attempt");
    }

    private void gauge(MeterRegistry meters, WebhookDeliveryStore.Status status, String description) {
        Gauge.builder(DELIVERIES, store, deliveries -> {
            try {
                return deliveries.count(status);
            }
            catch (RuntimeException ex) {
                log.debug("Could not count the {} webhook deliveries: {}", status, ex.toString());
                return Double.NaN;
            }
        }).tag("status", status.name().toLowerCase(java.util.Locale.ROOT)).description(description)
                .register(meters);
    }
}
