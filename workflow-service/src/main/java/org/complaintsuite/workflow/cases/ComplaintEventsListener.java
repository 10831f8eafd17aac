package org.complaintsuite.workflow.cases;

import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.kafka.ReadableBatch;

/**
 * A case is opened as soon as the complaint is received, without waiting for its assessment: the SLA clocks run
 * from receipt, and a case must exist even while risk scoring is slow or down.
 * <p>
 * Both topics are read a poll at a time ({@link CaseEventBatches}). A record that cannot be read or applied is
 * reported to the shared error handler by its position ({@link BatchListenerFailedException}): the records before it
 * are applied and committed, it is retried and dead-lettered as a record listener's would be, and the partition moves
 * on.
 */
@Component
class ComplaintEventsListener {

    private final CaseEventBatches batches;

    ComplaintEventsListener(CaseEventBatches batches) {
        this.batches = batches;
    }

    @KafkaListener(id = "workflow-received", topics = Topics.COMPLAINTS_RECEIVED, groupId = "${spring.application.name}",
            batch = "true", properties = "spring.json.value.default.type=org.complaintsuite.model.ComplaintReceived")
    void onReceived(List<ConsumerRecord<String, ComplaintReceived>> records) {
        apply(records, batches::received);
    }

    @KafkaListener(id = "workflow-assessed", topics = Topics.COMPLAINTS_ASSESSED, groupId = "${spring.application.name}",
            batch = "true", properties = "spring.json.value.default.type=org.complaintsuite.model.ComplaintAssessed")
    void onAssessed(List<ConsumerRecord<String, ComplaintAssessed>> records) {
        apply(records, batches::assessed);
    }

    /** Applies the records up to the first unreadable one, then reports that one. */
    private static <T> void apply(List<ConsumerRecord<String, T>> records, Consumer<List<T>> events) {
        ReadableBatch<T> batch = ReadableBatch.of(records);
        try {
            events.accept(batch.values());
        }
        catch (CaseEventBatches.EventFailedException failed) {
            throw new BatchListenerFailedException(failed.getMessage(), failed.getCause(), failed.index());
        }
        batch.throwIfUnreadable();
    }
}
