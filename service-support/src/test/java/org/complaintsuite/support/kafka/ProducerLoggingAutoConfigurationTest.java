package org.complaintsuite.support.kafka;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.support.ProducerListener;

import static org.assertj.core.api.Assertions.assertThat;

class ProducerLoggingAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(ProducerLoggingAutoConfiguration.class, KafkaAutoConfiguration.class));

    @Test
    void theTemplatesLogFailedRecordsThroughTheListenerThatLeavesTheirValuesOut() {
        context.run(started -> {
            assertThat(started).hasSingleBean(ProducerListener.class);
            assertThat(started).hasBean("contentFreeProducerListener");
        });
    }
}
