package org.complaintsuite.workflow.care;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.Topics;

/**
 * Contacts' words ({@code contacts.received}) and complaint propensity ({@code contacts.assessed}), in a consumer group
 * of their own; either may come first. A record that cannot be processed goes to its dead-letter topic through the
 * shared error handler.
 */
@Component
class CareTaskListener {

    private final CareTaskService tasks;

    CareTaskListener(CareTaskService tasks) {
        this.tasks = tasks;
    }

    @KafkaListener(id = "workflow-care-contacts", topics = Topics.CONTACTS_RECEIVED, concurrency = "1",
            groupId = "${spring.application.name}-care",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ContactReceived")
    void onContact(ContactReceived contact) {
        tasks.onContact(contact);
    }

    @KafkaListener(id = "workflow-care-assessed", topics = Topics.CONTACTS_ASSESSED, concurrency = "1",
            groupId = "${spring.application.name}-care",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ContactAssessed")
    void onAssessed(ContactAssessed assessed) {
        tasks.onAssessed(assessed);
    }
}
