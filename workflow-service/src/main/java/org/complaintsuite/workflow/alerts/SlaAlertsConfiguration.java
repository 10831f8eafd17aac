package org.complaintsuite.workflow.alerts;

import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.EnableScheduling;

import org.complaintsuite.model.Topics;
import org.complaintsuite.support.kafka.KafkaTopicsProperties;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SlaAlertsConfiguration {

    /**
     * The alerts topic, and the relay's position topic: compacted (only the last position per relay matters) and of
     * one partition. No consumer in the suite reads the alerts, so there is no dead-letter topic here: the
     * notification systems that consume them own theirs.
     */
    @Bean
    KafkaAdmin.NewTopics slaAlertTopics(KafkaTopicsProperties topics, SlaAlertProperties alerts) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.SLA_ALERTS).partitions(topics.partitions())
                        .replicas(topics.replicationFactor()).build(),
                TopicBuilder.name(alerts.positionTopic()).partitions(1).replicas(topics.replicationFactor())
                        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                        .config(TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(3_600_000))
                        .build());
    }
}
