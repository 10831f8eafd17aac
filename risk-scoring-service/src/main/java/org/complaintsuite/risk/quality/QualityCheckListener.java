package org.complaintsuite.risk.quality;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.QualityFindings;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.kafka.ReadableBatch;

/**
 * Reads every call and chat, complaints and ordinary contacts, in a consumer group of its own: quality checks never
 * hold up scoring, and scoring never holds up quality checks. An unreadable record goes to the topic's dead-letter
 * topic once the records before it are checked.
 */
@Component
class QualityCheckListener {

    private static final Logger log = LoggerFactory.getLogger(QualityCheckListener.class);

    private final QualityChecks checks;

    QualityCheckListener(QualityChecks checks) {
        this.checks = checks;
    }

    @KafkaListener(id = "risk-quality-complaints", topics = Topics.COMPLAINTS_RECEIVED, concurrency = "1",
            groupId = "${spring.application.name}-quality", batch = "true")
    void onComplaints(List<ConsumerRecord<String, ComplaintReceived>> records)
            throws ExecutionException, InterruptedException, TimeoutException {
        ReadableBatch<ComplaintReceived> batch = ReadableBatch.of(records);
        report(checks.checkAndPublish(batch.values(), QualityFindings.Kind.COMPLAINT));
        batch.throwIfUnreadable();
    }

    @KafkaListener(id = "risk-quality-contacts", topics = Topics.CONTACTS_RECEIVED, concurrency = "1",
            groupId = "${spring.application.name}-quality", batch = "true",
            properties = "spring.json.value.default.type=org.complaintsuite.model.ContactReceived")
    void onContacts(List<ConsumerRecord<String, ContactReceived>> records)
            throws ExecutionException, InterruptedException, TimeoutException {
        ReadableBatch<ContactReceived> batch = ReadableBatch.of(records);
        report(checks.checkAndPublish(batch.values().stream().map(ContactReceived::contact).toList(),
                QualityFindings.Kind.CONTACT));
        batch.throwIfUnreadable();
    }

    private static void report(List<QualityFindings> published) {
        for (QualityFindings event : published) {
            log.info("Quality check of {} {}: {} finding(s) {}", event.kind(), event.conversationId(),
                    event.findings().size(), event.findings().stream().map(f -> f.rule()).distinct().toList());
        }
    }
}
