package org.complaintsuite.support.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;

/**
 * A record the broker did not take is logged with its topic, key and reason, never with its value: the values are
 * complaints, whose text and customer are personal data (Spring Boot's default listener logs the first 100
 * characters of the value). The keys are customer keys and complaint ids, keyed hashes and UUIDs.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
public class ProducerLoggingAutoConfiguration {

    @Bean
    ProducerListener<Object, Object> contentFreeProducerListener() {
        var listener = new LoggingProducerListener<Object, Object>();
        listener.setIncludeContents(false);
        return listener;
    }
}
