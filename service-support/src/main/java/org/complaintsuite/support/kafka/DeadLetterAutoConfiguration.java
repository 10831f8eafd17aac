package org.complaintsuite.support.kafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import org.complaintsuite.support.text.IdNumbers;

/**
 * One error handler for every listener of a service: a record that cannot be processed goes to
 * {@code <topic>-dlt} with the exception in its headers, and the partition moves on.
 * <p>
 * Two kinds of failure are told apart. A transient one (the database or the broker briefly away) is retried
 * without limit, with a growing pause, because sending a good record to the dead-letter topic would lose a
 * complaint for a reason that has nothing to do with the record. Anything else is retried a few times (it may
 * be a race between two instances) and then dead-lettered; records that can never succeed (unreadable JSON,
 * invalid content) are dead-lettered at once. What reaches a dead-letter topic has its ID numbers masked
 * ({@link MaskingDeadLetterRecoverer}).
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(KafkaTopicsProperties.class)
public class DeadLetterAutoConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeadLetterAutoConfiguration.class);

    static final int ATTEMPTS_BEFORE_DEAD_LETTER = 3;

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(ProducerFactory<?, ?> producerFactory) {
        var recoverer = new MaskingDeadLetterRecoverer(deadLetterTemplate(producerFactory));
        var handler = new DefaultErrorHandler(recoverer, limitedBackOff());
        handler.addNotRetryableExceptions(IllegalArgumentException.class, jakarta.validation.ValidationException.class);
        handler.setBackOffFunction((record, exception) -> isTransient(exception) ? unlimitedBackOff() : null);
        // a listener failing again and again must be visible; the record's value (personal data) is not logged, and
        // an ID number quoted by an exception message is masked
        handler.setRetryListeners((record, exception, attempt) -> log.warn("Record {}-{}@{} failed (attempt {}): {}",
                record.topic(), record.partition(), record.offset(), attempt,
                IdNumbers.maskAll(rootMessage(exception))));
        return handler;
    }

    /**
     * A template of its own: a record whose value could not be deserialized is republished as its original bytes,
     * anything else as JSON.
     */
    private static KafkaTemplate<String, Object> deadLetterTemplate(ProducerFactory<?, ?> producerFactory) {
        Map<String, Object> config = new LinkedHashMap<>(producerFactory.getConfigurationProperties());
        // the serializers below are configured here, not by the service's spring.json.* producer properties
        config.keySet().removeIf(key -> key.startsWith("spring.json."));
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(Object.class, new JacksonJsonSerializer<>().noTypeInfo());
        var factory = new DefaultKafkaProducerFactory<String, Object>(config, new StringSerializer(),
                new DelegatingByTypeSerializer(byType, true));
        return new KafkaTemplate<>(factory);
    }

    static boolean isTransient(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException
                    || cause instanceof org.springframework.dao.TransientDataAccessException
                    || cause instanceof org.springframework.dao.RecoverableDataAccessException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private static BackOff limitedBackOff() {
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxAttempts(ATTEMPTS_BEFORE_DEAD_LETTER - 1);
        return backOff;
    }

    private static BackOff unlimitedBackOff() {
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        return backOff;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == exception ? String.valueOf(exception)
                : exception.getClass().getSimpleName() + " caused by " + root;
    }
}
