package org.complaintsuite.workflow.care;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.kafka.ReadableBatch;

/**
 * Contacts' words ({@code contacts.received}) and complaint propensity ({@code contacts.assessed}), in a consumer group
 * of their own; either may come first. A record that cannot be processed goes to its dead-letter topic through the
 * shared error handler. The {@link ConversationObserver}s (the 溯源 figures) are told of each after care.
 */
@Component
class CareTaskListener {

    private final CareTaskService tasks;
    private final ContactLinks links;
    private final List<ConversationObserver> observers;

    CareTaskListener(CareTaskService tasks, ContactLinks links, List<ConversationObserver> observers) {
        this.tasks = tasks;
        this.links = links;
        this.observers = observers;
    }

    @KafkaListener(id = "workflow-care-contacts", topics = Topics.CONTACTS_RECEIVED, concurrency = "1",
            groupId = "${spring.application.name}-care",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ContactReceived")
    void onContact(ContactReceived contact) {
        tasks.onContact(contact);
        observers.forEach(observer -> observer.onContact(contact));
    }

    /**
     * Complaints, to link them to the contacts before them ({@link ContactLinks}): a poll at a time, in this group of
     * its own, beside the cases' own listener.
     */
    @KafkaListener(id = "workflow-care-complaints", topics = Topics.COMPLAINTS_RECEIVED, concurrency = "1",
            groupId = "${spring.application.name}-care", batch = "true",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ComplaintReceived")
    void onComplaints(List<ConsumerRecord<String, ComplaintReceived>> records) {
        ReadableBatch<ComplaintReceived> batch = ReadableBatch.of(records);
        links.link(batch.values());
        observers.forEach(observer -> observer.onComplaints(batch.values()));
        batch.throwIfUnreadable();
    }

    @KafkaListener(id = "workflow-care-assessed", topics = Topics.CONTACTS_ASSESSED, concurrency = "1",
            groupId = "${spring.application.name}-care",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ContactAssessed")
    void onAssessed(ContactAssessed assessed) {
        tasks.onAssessed(assessed);
        observers.forEach(observer -> observer.onAssessed(assessed));
    }
}
