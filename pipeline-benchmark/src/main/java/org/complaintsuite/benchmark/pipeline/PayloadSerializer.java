package org.complaintsuite.benchmark.pipeline;

import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * JSON as the services write it to Kafka: spring-kafka's {@link JacksonJsonSerializer} without type headers
 * ({@code spring.json.add.type.headers: false}), the services' producer setting; also what the REST body is made of.
 */
final class PayloadSerializer {

    private final JacksonJsonSerializer<Object> serializer = new JacksonJsonSerializer<>().noTypeInfo();

    byte[] bytes(Object payload) {
        return serializer.serialize("", payload);
    }
}
