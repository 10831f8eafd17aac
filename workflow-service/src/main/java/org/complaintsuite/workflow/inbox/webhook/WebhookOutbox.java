package org.complaintsuite.workflow.inbox.webhook;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.SlaAlertRaised;

/**
 * Writes an alert's deliveries, one per endpoint whose filter it passes, in the caller's transaction: stored with the
 * inbox items, or not at all.
 */
@Component
public class WebhookOutbox {

    private final WebhookDeliveryStore store;
    private final WebhookProperties properties;
    private final WebhookMessages messages;

    WebhookOutbox(WebhookDeliveryStore store, WebhookProperties properties, JsonMapper json) {
        this.store = store;
        this.properties = properties;
        this.messages = new WebhookMessages(json);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(long alertRowId, SlaAlertRaised alert, Instant now) {
        for (WebhookProperties.Endpoint endpoint : properties.endpoints()) {
            if (endpoint.accepts(alert)) {
                store.add(alertRowId, endpoint.name(), messages.body(endpoint.format(), alert), now);
            }
        }
    }
}
