package org.complaintsuite.risk.assessment;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Topics;

/**
 * Hands each polled batch of received complaints to {@link BatchScoring}, up to the first record that cannot be read,
 * and tells the error handler which record failed ({@link BatchListenerFailedException}): the records before it are
 * done, the failed one is retried or dead-lettered with its reason as a single record would be, and those after it
 * come again. Listener threads: {@code spring.kafka.listener.concurrency}, at most one per partition.
 */
@Component
class ComplaintReceivedListener {

    private static final Logger log = LoggerFactory.getLogger(ComplaintReceivedListener.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(ComplaintReceivedListener.class);

    private final BatchScoring scoring;

    ComplaintReceivedListener(BatchScoring scoring) {
        this.scoring = scoring;
    }

    @KafkaListener(topics = Topics.COMPLAINTS_RECEIVED, groupId = "${spring.application.name}", batch = "true")
    void onReceived(List<ConsumerRecord<String, ComplaintReceived>> records) {
        List<ComplaintReceived> complaints = new ArrayList<>(records.size());
        RuntimeException unreadable = null;
        for (ConsumerRecord<String, ComplaintReceived> record : records) {
            unreadable = unreadable(record);
            if (unreadable != null) {
                break;
            }
            complaints.add(record.value());
        }
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
        if (unreadable != null) {
            throw new BatchListenerFailedException("Record could not be read", unreadable, complaints.size());
        }
    }

    /** Why the record's value cannot be scored (the deserializer's exception, or no value), or nothing. */
    private static @Nullable RuntimeException unreadable(ConsumerRecord<String, ComplaintReceived> record) {
        var failed = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
        if (failed != null) {
            return failed;
        }
        return record.value() == null ? new IllegalArgumentException("record " + record.topic() + "-"
                + record.partition() + "@" + record.offset() + " has no value") : null;
    }
}
