package org.complaintsuite.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which outbox rows a relay's last committed Kafka transaction carried. The relay writes this position into each
 * transaction together with the events, on a compacted topic keyed by the relay's id, so the position is committed if
 * and only if the events are. A relay taking over reads the last one with {@code read_committed} and marks those rows
 * published before it publishes anything: whether the previous relay died before or after its mark, no event goes
 * out twice.
 */
final class OutboxPosition {

    /** How far back from the end of a partition to look for the last position before reading all of it. */
    private static final int TAIL = 500;

    /** @param outboxIds the outbox rows published in that transaction */
    record Position(List<Long> outboxIds, Instant committedAt) {
    }

    private final String topic;
    private final String key;
    private final ConsumerFactory<?, ?> consumers;
    private final JsonMapper json;

    OutboxPosition(String topic, String key, ConsumerFactory<?, ?> consumers, JsonMapper json) {
        this.topic = topic;
        this.key = key;
        this.consumers = consumers;
        this.json = json;
    }

    ProducerRecord<String, String> record(List<Long> outboxIds, Instant now) {
        return new ProducerRecord<>(topic, key, json.writeValueAsString(new Position(outboxIds, now)));
    }

    /**
     * The last position committed, if any. Reads to the end of the log as it stands (the high watermark), which a
     * {@code read_committed} consumer reaches only once every transaction before it has been committed or aborted:
     * a position still being committed is waited for, not missed.
     *
     * @throws IllegalStateException when the end is not reached within {@code timeout}
     */
    Optional<Position> last(Duration timeout) {
        try (var committed = consumer("read_committed"); var uncommitted = consumer("read_uncommitted")) {
            List<TopicPartition> partitions = committed.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                return Optional.empty();
            }
            Map<TopicPartition, Long> ends = uncommitted.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> beginnings = uncommitted.beginningOffsets(partitions, timeout);
            committed.assign(partitions);
            boolean whole = true;
            for (TopicPartition partition : partitions) {
                long from = Math.max(beginnings.get(partition), ends.get(partition) - TAIL);
                whole &= from == beginnings.get(partition);
                committed.seek(partition, from);
            }
            Instant deadline = Instant.now().plus(timeout);
            String last = readToEnd(committed, ends, deadline);
            if (last == null && !whole) {
                committed.seekToBeginning(partitions);
                last = readToEnd(committed, ends, deadline);
            }
            return Optional.ofNullable(last).map(text -> json.readValue(text, Position.class));
        }
    }

    private @Nullable String readToEnd(Consumer<String, String> consumer, Map<TopicPartition, Long> ends,
            Instant deadline) {
        String last = null;
        while (!reached(consumer, ends)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The relay position on " + topic
                        + " could not be read to its end in time (a transaction still open?)");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key()) && record.value() != null) {
                    last = record.value();
                }
            }
        }
        return last;
    }

    private static boolean reached(Consumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    /** A consumer of the service's factory, reading text, assigned by hand: no group, no commits. */
    @SuppressWarnings("unchecked")
    private Consumer<String, String> consumer(String isolation) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return (Consumer<String, String>) consumers.createConsumer(null, "outbox-position-",
                isolation, overrides);
    }
}
