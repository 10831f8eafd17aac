package org.complaintsuite.workflow.deadletters;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

import org.complaintsuite.support.ServiceUnavailableException;

/**
 * Sends a dead letter's record back as the bytes it was stored with. A template of its own: the service's template
 * writes objects as JSON and would wrap the bytes; and it is not a bean, so that Spring Boot's template stays.
 */
@Component
class DeadLetterReplayer implements DisposableBean {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    private static final int CLOSE_TIMEOUT_SECONDS = 5;

    private final DefaultKafkaProducerFactory<String, byte[]> factory;
    private final KafkaTemplate<String, byte[]> template;
    private final DeadLetterProperties properties;

    DeadLetterReplayer(ProducerFactory<?, ?> producerFactory, DeadLetterProperties properties) {
        Map<String, Object> config = new LinkedHashMap<>(producerFactory.getConfigurationProperties());
        config.keySet().removeIf(key -> key.startsWith("spring.json."));
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        this.factory = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        // every replay waited for its acknowledgement: nothing is in flight when the service stops
        factory.setPhysicalCloseTimeout(CLOSE_TIMEOUT_SECONDS);
        this.template = new KafkaTemplate<>(factory);
        this.properties = properties;
    }

    void send(DeadLetterStore.Original original) {
        try {
            template.send(new ProducerRecord<>(original.topic(), original.key(), original.value()))
                    .get(properties.replayTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Replay interrupted; the dead letter stays pending.", RETRY_AFTER, ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new ServiceUnavailableException("The broker did not take the replayed record; the dead letter stays "
                    + "pending.", RETRY_AFTER, ex);
        }
    }

    @Override
    public void destroy() {
        factory.destroy();
    }
}
