package org.complaintsuite.workflow.deadletters;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.model.Topics;

/**
 * Reads the suite's dead-letter topics ({@code workflow.dead-letters.topics}, each {@code <topic>-dlt}) in a
 * consumer group of its own, as bytes: a dead letter is stored as it is, whatever its shape.
 */
@Component
class DeadLetterListener {

    static final String ID = "workflow-dead-letters";

    private final DeadLetterService deadLetters;
    private final DeadLetterMetrics metrics;
    private final List<String> topics;

    DeadLetterListener(DeadLetterService deadLetters, DeadLetterMetrics metrics, DeadLetterProperties properties) {
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.topics = properties.topics().stream().map(Topics::deadLetter).toList();
    }

    /** The dead-letter topics read, for the listener's {@code topics} expression. */
    public List<String> getTopics() {
        return topics;
    }

    @KafkaListener(id = ID, topics = "#{__listener.topics}",
            groupId = "${workflow.dead-letters.consumer-group:workflow-dead-letters}",
            properties = "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer")
    void onDeadLetter(ConsumerRecord<String, byte[]> record) {
        deadLetters.receive(record);
        metrics.refresh();
    }
}
