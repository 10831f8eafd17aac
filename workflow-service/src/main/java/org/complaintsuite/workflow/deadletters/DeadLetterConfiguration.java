package org.complaintsuite.workflow.deadletters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import org.complaintsuite.support.kafka.KafkaTopicsProperties;

@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    /**
     * Every dead-letter topic read, with the suite's partition count: were one of them created by the subscription
     * instead (with the broker's default of one partition), a service dead-lettering to partition 2 would fail.
     */
    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(KafkaTopicsProperties topics, DeadLetterProperties properties) {
        return topics.deadLettersOf(properties.topics());
    }
}
