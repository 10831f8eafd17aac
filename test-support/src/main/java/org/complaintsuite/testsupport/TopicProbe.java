package org.complaintsuite.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads what the services under test put on the test broker: every record of the given topics from the beginning,
 * with a consumer group of its own so it never takes work from a service.
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicProbe(List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
    }

    public static TopicProbe of(String... topics) {
        return new TopicProbe(List.of(topics));
    }

    /** Waits until a record with this key has arrived on the topic, and returns the latest such record. */
    public ConsumerRecord<String, String> awaitRecord(String topic, String key, Duration timeout) {
        return awaitRecords(topic, key, 1, timeout).getLast();
    }

    /** Waits until at least {@code count} records with this key have arrived on the topic, and returns them all. */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int count, Duration timeout) {
        // a KafkaConsumer must not be used from Awaitility's own polling thread
        await(count + " record(s) " + key + " on " + topic).atMost(timeout).pollInSameThread()
                .pollDelay(Duration.ZERO).until(() -> {
                    poll();
                    return records(topic, key).size() >= count;
                });
        return records(topic, key);
    }

    /** The records with this key seen so far on the topic (call {@link #poll()} to take in what has arrived). */
    public List<ConsumerRecord<String, String>> records(String topic, String key) {
        return seen.stream().filter(record -> record.topic().equals(topic) && Objects.equals(record.key(), key))
                .toList();
    }

    public void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
