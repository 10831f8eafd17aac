package org.complaintsuite.risk.assessment;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.kafka.ReadableBatch;

/**
 * Hands each polled batch of received complaints to {@link BatchScoring}, up to the first record that cannot be read,
 * and tells the error handler which record failed ({@link BatchListenerFailedException}): the records before it are
 * done, the failed one is retried or dead-lettered with its reason as a single record would be, and those after it
 * come again. Listener threads: {@code spring.kafka.listener.concurrency}, at most one per partition.
 */
@Component
class ComplaintReceivedListener {

    private static final Logger log = LoggerFactory.getLogger(ComplaintReceivedListener.class);

    private final BatchScoring scoring;

    ComplaintReceivedListener(BatchScoring scoring) {
        this.scoring = scoring;
    }

    @KafkaListener(topics = Topics.COMPLAINTS_RECEIVED, groupId = "${spring.application.name}", batch = "true")
    void onReceived(List<ConsumerRecord<String, ComplaintReceived>> records) {
        ReadableBatch<ComplaintReceived> batch = ReadableBatch.of(records);
        List<ComplaintReceived> complaints = batch.values();
        BatchScoring.Outcome outcome = scoring.score(complaints);
        for (ComplaintAssessed assessed : outcome.assessed()) {
            log.debug("Complaint {} assessed: escalation {} ({}), proxy {} ({})", assessed.complaintId(),
                    assessed.escalation().level(), assessed.escalation().score(), assessed.proxy().level(),
                    assessed.proxy().score());
        }
        if (outcome.done() > 0) {
            log.info("Scored {} of {} complaint(s) polled: {} new assessment(s) published", outcome.done(),
                    records.size(), outcome.assessed().size());
        }
        if (!outcome.succeeded()) {
            throw new BatchListenerFailedException("Complaint could not be scored or published", outcome.failure(),
                    outcome.done());
        }
        batch.throwIfUnreadable();
    }
}
