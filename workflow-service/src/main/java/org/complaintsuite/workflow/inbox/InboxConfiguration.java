package org.complaintsuite.workflow.inbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import org.complaintsuite.model.Topics;
import org.complaintsuite.support.kafka.KafkaTopicsProperties;

@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    /**
     * The dead-letter topic of the inbox's consumer of {@code sla.alerts} (the alerts topic itself is declared with
     * the relay), with as many partitions as the topic: a failed record goes to the same partition number.
     */
    @Bean
    KafkaAdmin.NewTopics inboxDeadLetterTopic(KafkaTopicsProperties topics) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(Topics.deadLetter(Topics.SLA_ALERTS))
                .partitions(topics.partitions()).replicas(topics.replicationFactor()).build());
    }
}
