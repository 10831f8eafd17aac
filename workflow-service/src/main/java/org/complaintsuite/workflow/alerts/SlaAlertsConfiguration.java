package org.complaintsuite.workflow.alerts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(SlaAlertsConfiguration.class);

    /**
     * Alerts raised and not yet published: near zero while the relay keeps up; growing, the relay is stuck (broker
     * away, no leader) and notifications are late.
     */
    @Bean
    MeterBinder slaAlertOutboxGauge(AlertStore store) {
        return registry -> Gauge.builder("workflow.sla.alerts.outbox", store, outbox -> {
            try {
                return outbox.pendingCount();
            }
            catch (RuntimeException ex) {
                log.debug("Could not count the SLA alert outbox: {}", ex.toString());
                return Double.NaN;
            }
        }).description("SLA alerts raised and not yet published to sla.alerts").register(registry);
    }

    /**
     * The alerts topic, and the relay's position topic: compacted (only the last position per relay matters) and of
     * one partition. The alerts' dead-letter topic is declared by their consumer in the suite, the alert inbox
     * ({@code inbox.InboxConfiguration}).
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
