package org.complaintsuite.support.shutdown;

import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * The parts of a prompt stop that have no Spring Boot property (see {@link ShutdownDefaults} for those that do):
 * a listener container waits at most {@value #CONTAINER_STOP_SECONDS} s for its consumer thread, a commit at the
 * stop waits at most {@value #COMMIT_SECONDS} s for a broker that may be away, and a producer is closed within
 * {@value #PRODUCER_CLOSE_SECONDS} s instead of 30 (records it could not send are still in the outbox or
 * uncommitted, and are sent after the restart).
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
public class KafkaShutdownAutoConfiguration {

    static final int CONTAINER_STOP_SECONDS = 3;
    static final int COMMIT_SECONDS = 2;
    static final int PRODUCER_CLOSE_SECONDS = 2;

    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> promptlyStoppingContainers() {
        return container -> {
            container.getContainerProperties().setShutdownTimeout(Duration.ofSeconds(CONTAINER_STOP_SECONDS).toMillis());
            container.getContainerProperties().setSyncCommitTimeout(Duration.ofSeconds(COMMIT_SECONDS));
        };
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer promptlyClosingProducers() {
        return factory -> factory.setPhysicalCloseTimeout(PRODUCER_CLOSE_SECONDS);
    }
}
