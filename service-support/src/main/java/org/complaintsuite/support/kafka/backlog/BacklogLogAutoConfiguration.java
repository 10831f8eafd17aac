package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Every service with Kafka listeners and metrics publishes its consumer groups' lag and logs it while it is large
 * ({@link ConsumerBacklogLog}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, KafkaAdmin.class})
@EnableConfigurationProperties(BacklogLogProperties.class)
public class BacklogLogAutoConfiguration {

    /** A reading that takes longer than this is given up; the next one tries again. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    /** The offsets of the groups of this service's listeners, read with an admin client of its own. */
    @Bean(destroyMethod = "close")
    @ConditionalOnBean({MeterRegistry.class, KafkaAdmin.class, KafkaListenerEndpointRegistry.class})
    GroupOffsets listenerGroupOffsets(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "backlog-log");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READ_TIMEOUT.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) READ_TIMEOUT.toMillis());
        return new GroupOffsets(Admin.create(config), () -> listeners.getListenerContainers().stream()
                .map(MessageListenerContainer::getGroupId).filter(Objects::nonNull).distinct().toList(), READ_TIMEOUT);
    }

    @Bean
    @ConditionalOnBean(GroupOffsets.class)
    ConsumerBacklogLog consumerBacklogLog(GroupOffsets listenerGroupOffsets, MeterRegistry registry,
            BacklogLogProperties properties) {
        return new ConsumerBacklogLog(listenerGroupOffsets, registry, properties);
    }
}
