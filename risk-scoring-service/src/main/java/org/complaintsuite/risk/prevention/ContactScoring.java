package org.complaintsuite.risk.prevention;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.Topics;
import org.complaintsuite.risk.text.TextAnalysis;
import org.complaintsuite.risk.text.TextAnalyzer;

/**
 * Scores an ordinary contact's complaint propensity ({@link PropensityScorer}) from its customer's words and history
 * ({@link ContactHistory}), records it so that the customer's next contacts count it, and publishes it on
 * {@code contacts.assessed} once that is committed, returning when the broker acknowledged it. Scored again (a publish
 * that failed, a record delivered twice), a contact reads the same history and comes out the same.
 */
@Service
public class ContactScoring {

    private static final long ACK_TIMEOUT_SECONDS = 10;

    private final TextAnalyzer text;
    private final PropensityScorer scorer = new PropensityScorer();
    private final ContactHistory history;
    private final TransactionOperations transactions;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;

    ContactScoring(TextAnalyzer text, ContactHistory history, TransactionOperations transactions,
            KafkaTemplate<String, Object> kafka, Clock clock) {
        this.text = text;
        this.history = history;
        this.transactions = transactions;
        this.kafka = kafka;
        this.clock = clock;
    }

    public ContactAssessed scoreAndPublish(ContactReceived contact)
            throws ExecutionException, InterruptedException, TimeoutException {
        ContactAssessed assessed = transactions.execute(status -> score(contact));
        kafka.send(Topics.CONTACTS_ASSESSED, assessed.contactId(), assessed).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return assessed;
    }

    private ContactAssessed score(ContactReceived received) {
        ComplaintReceived contact = received.contact();
        String words = contact.text().customerText();
        String customerKey = contact.customer().customerKey();
        Instant contactedAt = contact.receivedAt();
        TextAnalysis analysis = text.analyze(words);
        RiskAssessment propensity = scorer.score(analysis, analysis.reading(),
                history.of(customerKey, received.contactId(), contactedAt));
        Instant now = clock.instant();
        history.record(received.contactId(), customerKey, contactedAt, propensity.score(), now);
        return new ContactAssessed(UUID.randomUUID(), received.contactId(), customerKey, contactedAt, propensity,
                analysis.dissatisfaction(), now);
    }
}
