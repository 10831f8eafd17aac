package org.complaintsuite.risk.prevention;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.Topics;

/**
 * Scores each ordinary contact from {@code contacts.received} ({@link ContactScoring}), in a consumer group of its own:
 * complaints are not held up by contacts, nor contacts by a burst of complaints. A contact whose assessment could not
 * be published is retried; one that cannot be read or scored goes to {@code contacts.received-dlt} with the reason,
 * through the shared error handler.
 */
@Component
class ContactListener {

    private static final Logger log = LoggerFactory.getLogger(ContactListener.class);

    private final ContactScoring scoring;

    ContactListener(ContactScoring scoring) {
        this.scoring = scoring;
    }

    @KafkaListener(id = "risk-contacts", topics = Topics.CONTACTS_RECEIVED, concurrency = "1",
            groupId = "${spring.application.name}-contacts",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ContactReceived")
    void onContact(ContactReceived contact) throws ExecutionException, InterruptedException, TimeoutException {
        ContactAssessed assessed = scoring.scoreAndPublish(contact);
        log.info("Contact {} scored: complaint propensity {} ({})", assessed.contactId(),
                assessed.propensity().level(), assessed.propensity().score());
    }
}
