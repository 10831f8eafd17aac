package org.complaintsuite.support.kafka.backlog;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/** Every service with Kafka listeners and metrics logs its consumers' backlog while it is large. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, KafkaTemplate.class})
@EnableConfigurationProperties(BacklogLogProperties.class)
public class BacklogLogAutoConfiguration {

    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    ConsumerBacklogLog consumerBacklogLog(MeterRegistry registry, BacklogLogProperties properties) {
        return new ConsumerBacklogLog(registry, properties);
    }
}
