package org.complaintsuite.risk;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.kafka.core.KafkaAdmin;

import org.complaintsuite.model.Topics;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.risk.text.TextAnalyzer;
import org.complaintsuite.support.kafka.KafkaTopicsProperties;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RiskScoringConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Lexicons lexicons() {
        return Lexicons.load();
    }

    @Bean
    TextAnalyzer textAnalyzer(Lexicons lexicons) {
        return new TextAnalyzer(lexicons.all());
    }

    @Bean
    KafkaAdmin.NewTopics riskTopics(KafkaTopicsProperties topics) {
        return topics.withDeadLetters(Topics.COMPLAINTS_RECEIVED, Topics.COMPLAINTS_ASSESSED, Topics.PROXY_REVIEWS,
                Topics.CONTACTS_RECEIVED, Topics.CONTACTS_ASSESSED, Topics.QUALITY_FINDINGS);
    }
}
