package org.complaintsuite.workflow;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.EnableScheduling;

import org.complaintsuite.model.Topics;
import org.complaintsuite.support.kafka.KafkaTopicsProperties;
import org.complaintsuite.workflow.sla.SlaPolicies;
import org.complaintsuite.workflow.sla.SlaProperties;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WorkflowConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SlaPolicies slaPolicies(SlaProperties properties) {
        return new SlaPolicies(properties);
    }

    @Bean
    KafkaAdmin.NewTopics workflowTopics(KafkaTopicsProperties topics) {
        // the topics workflow consumes, and cases.proxy-reviews, which it produces (risk scoring consumes it)
        return topics.withDeadLetters(Topics.COMPLAINTS_RECEIVED, Topics.COMPLAINTS_ASSESSED, Topics.PROXY_REVIEWS,
                Topics.CONTACTS_RECEIVED, Topics.CONTACTS_ASSESSED, Topics.QUALITY_FINDINGS);
    }
}
