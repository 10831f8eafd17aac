package org.complaintsuite.intake;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import org.complaintsuite.model.Topics;
import org.complaintsuite.support.kafka.KafkaTopicsProperties;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    KafkaAdmin.NewTopics intakeTopics(KafkaTopicsProperties topics) {
        return topics.withDeadLetters(Topics.RAW_PHONE, Topics.RAW_CHAT, Topics.RAW_REGULATOR,
                Topics.COMPLAINTS_RECEIVED, Topics.CONTACTS_RECEIVED);
    }
}
