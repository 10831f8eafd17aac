package org.complaintsuite.testsupport;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Asks the test broker how far a service's consumer group has read. A listener that starts in a test reads its topics
 * from the earliest offset, so records other test classes left there arrive after the assignment; a test that counts
 * what the listener stored waits until the group has caught up with the end of its topics before it counts.
 */
public final class ConsumerGroupProbe {

    private ConsumerGroupProbe() {
    }

    /** Waits until the group's committed offsets reach the end of every partition of these topics. */
    public static void awaitCaughtUp(String groupId, Collection<String> topics, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            await("consumer group " + groupId + " at the end of " + topics).atMost(timeout)
                    .pollInSameThread().untilAsserted(() -> assertThat(lag(admin, groupId, topics))
                            .as("partitions the group has not read to the end").isEmpty());
        }
    }

    /** The partitions the group has not read to the end, with how many records it has still to read. */
    private static Map<TopicPartition, Long> lag(Admin admin, String groupId, Collection<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        return ends.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> {
                    OffsetAndMetadata read = committed.get(end.getKey());
                    return end.getValue().offset() - (read == null ? 0 : read.offset());
                }))
                .entrySet().stream().filter(behind -> behind.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
