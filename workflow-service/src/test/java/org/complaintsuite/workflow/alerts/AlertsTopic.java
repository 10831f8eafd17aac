package org.complaintsuite.workflow.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.TestInfrastructure;

import static org.awaitility.Awaitility.await;

/**
 * Reads {@code sla.alerts} as a notification system should: {@code read_committed}, from the beginning. Keeps the
 * alerts of the complaints a test cares about.
 */
final class AlertsTopic implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;
    private final Predicate<String> complaints;
    private final List<SlaAlertRaised> seen = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();

    AlertsTopic(Predicate<String> complaints) {
        this.complaints = complaints;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        await("topic " + Topics.SLA_ALERTS).atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> !consumer.partitionsFor(Topics.SLA_ALERTS).isEmpty());
        partitions = consumer.partitionsFor(Topics.SLA_ALERTS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Takes in what has arrived; returns every alert of the test's complaints seen so far. */
    List<SlaAlertRaised> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            if (complaints.test(record.key())) {
                seen.add(json.readValue(record.value(), SlaAlertRaised.class));
            }
        });
        return List.copyOf(seen);
    }

    /** Reads to the last committed record as of now, so that nothing already published is left unseen. */
    List<SlaAlertRaised> readToEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        await("the end of " + Topics.SLA_ALERTS).atMost(Duration.ofSeconds(30)).pollInSameThread()
                .pollDelay(Duration.ZERO).until(() -> {
                    poll();
                    return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
                });
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
