package org.complaintsuite.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

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
        return awaitRecords(topic, "key " + key, record -> Objects.equals(record.key(), key), count, timeout);
    }

    /**
     * Waits until at least {@code count} records about this complaint (JSON with its {@code complaintId}, whatever
     * their key: {@code complaints.received} is keyed by customer) have arrived on the topic, and returns them all.
     */
    public List<ConsumerRecord<String, String>> awaitComplaintRecords(String topic, String complaintId, int count,
            Duration timeout) {
        return awaitRecords(topic, "complaint " + complaintId, aboutComplaint(complaintId), count, timeout);
    }

    /** The records with this key seen so far on the topic (call {@link #poll()} to take in what has arrived). */
    public List<ConsumerRecord<String, String>> records(String topic, String key) {
        return records(topic, record -> Objects.equals(record.key(), key));
    }

    /** The records about this complaint seen so far on the topic, whatever their key. */
    public List<ConsumerRecord<String, String>> complaintRecords(String topic, String complaintId) {
        return records(topic, aboutComplaint(complaintId));
    }

    private List<ConsumerRecord<String, String>> awaitRecords(String topic, String description,
            Predicate<ConsumerRecord<String, String>> wanted, int count, Duration timeout) {
        // a KafkaConsumer must not be used from Awaitility's own polling thread
        await(count + " record(s), " + description + ", on " + topic).atMost(timeout).pollInSameThread()
                .pollDelay(Duration.ZERO).until(() -> {
                    poll();
                    return records(topic, wanted).size() >= count;
                });
        return records(topic, wanted);
    }

    private List<ConsumerRecord<String, String>> records(String topic,
            Predicate<ConsumerRecord<String, String>> wanted) {
        return seen.stream().filter(record -> record.topic().equals(topic) && wanted.test(record)).toList();
    }

    private static Predicate<ConsumerRecord<String, String>> aboutComplaint(String complaintId) {
        String field = "\"complaintId\":\"" + complaintId + "\"";
        return record -> record.value() != null && record.value().contains(field);
    }

    public void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
