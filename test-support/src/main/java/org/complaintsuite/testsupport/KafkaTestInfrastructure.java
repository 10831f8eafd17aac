package org.complaintsuite.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Import into a Spring test to connect it to the test Kafka broker. */
@TestConfiguration(proxyBeanMethods = false)
public class KafkaTestInfrastructure {

    @Bean
    DynamicPropertyRegistrar kafkaTestProperties() {
        return registry -> registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }
}
