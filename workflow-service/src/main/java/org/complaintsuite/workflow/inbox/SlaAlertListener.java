package org.complaintsuite.workflow.inbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.model.Topics;

/**
 * Reads {@code sla.alerts} into the inbox, in a consumer group of its own. The relay writes the topic in Kafka
 * transactions: {@code read_committed} sees each alert once and never one of an aborted transaction. A record that
 * cannot be read or is invalid goes to {@code sla.alerts-dlt} through the service's shared error handler.
 */
@Component
class SlaAlertListener {

    static final String ID = "workflow-inbox";

    private final InboxService inbox;

    SlaAlertListener(InboxService inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(id = ID, topics = Topics.SLA_ALERTS, groupId = "${workflow.inbox.consumer-group:workflow-inbox}",
            properties = {"spring.json.value.default.type=org.complaintsuite.model.SlaAlertRaised",
                    "isolation.level=read_committed"})
    void onAlert(SlaAlertRaised alert) {
        inbox.receive(alert);
    }
}
