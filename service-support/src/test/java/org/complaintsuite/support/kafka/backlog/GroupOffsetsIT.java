package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.complaintsuite.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Consumer lag as the broker reports it: committed offsets against partition ends, per group and topic. */
class GroupOffsetsIT {

    @Test
    void lagIsWhatTheGroupHasNotCommittedSummedOverTheTopicsPartitions() throws Exception {
        String topic = "group-offsets-it-" + UUID.randomUUID();
        String group = "group-offsets-it-" + UUID.randomUUID();
        String servers = TestInfrastructure.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
            try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    servers, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                for (int i = 0; i < 1_500; i++) {
                    producer.send(new ProducerRecord<>(topic, i % 2, "k" + i, "v" + i));
                }
                producer.flush();
            }
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(200),
                    new TopicPartition(topic, 1), new OffsetAndMetadata(750))).all().get();
            var offsets = new GroupOffsets(admin, () -> List.of(group, "group-offsets-it-none"), Duration.ofSeconds(10));

            var read = offsets.get();

            assertThat(read).containsOnlyKeys(new GroupOffsets.Key(group, topic));
            GroupOffsets.Position position = read.get(new GroupOffsets.Key(group, topic));
            assertThat(position.committed()).isEqualTo(950);
            assertThat(position.end()).isEqualTo(1_500);
            assertThat(position.lag()).isEqualTo(550);
        }
    }
}
