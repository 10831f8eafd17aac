package org.complaintsuite.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly once to {@code read_committed} consumers, with several instances and across crashes, for an outbox whose
 * entries are JSON text with {@code long} ids and whose relay runs on one instance at a time.
 * <p>
 * Each batch goes out in one Kafka transaction together with the batch's {@link OutboxPosition position}. The
 * producer's transactional id is the same on every instance relaying this outbox ({@code <prefix>-0}), so the
 * {@link #takeOver() taking over} of a relay fences the previous one, should it still be running, and completes or
 * aborts whatever transaction it left open; then it reads the last committed position: those rows were published,
 * and the caller marks them so before the next batch. Either both the events and their position are committed, or
 * neither is.
 * <p>
 * The producer comes from a Spring Kafka producer factory built on the service's producer settings (values sent as
 * the JSON text the outbox holds), made anew on each take-over and dropped on any failure, so a relay that failed
 * starts again as a new one does: fencing, then the position.
 */
public final class TransactionalPublisher implements OutboxPublisher<Long>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TransactionalPublisher.class);

    /** The most dropping a producer waits for it to close. */
    private static final int CLOSE_TIMEOUT_SECONDS = 5;

    private final Map<String, Object> producerConfig;
    private final String transactionIdPrefix;
    private final OutboxPosition position;
    private final Duration positionReadTimeout;
    private final Clock clock;

    private @Nullable DefaultKafkaProducerFactory<String, String> producers;
    private @Nullable KafkaTemplate<String, String> kafka;

    /**
     * @param transactionIdPrefix one per outbox, the same on every instance (with the relay id of its database)
     * @param positionTopic       compacted topic the positions are written to, keyed by {@code relayId}
     * @param transactionTimeout  how long a relay that died mid-transaction can hold up {@code read_committed}
     *                            consumers before the broker aborts its transaction
     * @param positionReadTimeout the most a take-over waits to read the last position
     */
    public TransactionalPublisher(ProducerFactory<?, ?> serviceProducers, ConsumerFactory<?, ?> serviceConsumers,
            String transactionIdPrefix, String positionTopic, String relayId, Duration transactionTimeout,
            Duration positionReadTimeout, JsonMapper json, Clock clock) {
        this.producerConfig = producerConfig(serviceProducers.getConfigurationProperties(), transactionTimeout);
        this.transactionIdPrefix = transactionIdPrefix;
        this.position = new OutboxPosition(positionTopic, relayId, serviceConsumers, json);
        this.positionReadTimeout = positionReadTimeout;
        this.clock = clock;
    }

    /** The service's Kafka settings without its serializers and Spring's own keys: the outbox holds JSON text. */
    private static Map<String, Object> producerConfig(Map<String, Object> configured, Duration transactionTimeout) {
        Map<String, Object> config = new HashMap<>(configured);
        config.keySet().removeIf(key -> key.startsWith("spring.") || key.endsWith(".serializer"));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) transactionTimeout.toMillis());
        return config;
    }

    /** Whether this publisher has taken over and not failed since. */
    public boolean active() {
        return kafka != null;
    }

    /**
     * Takes over the relay: fences any other producer of this outbox and completes or aborts its last transaction,
     * then reads the last committed position.
     *
     * @return the outbox ids the last committed transaction carried: published, to be marked so before anything else
     */
    public List<Long> takeOver() {
        close();
        var created = new DefaultKafkaProducerFactory<>(producerConfig, new StringSerializer(), new StringSerializer());
        created.setTransactionIdPrefix(transactionIdPrefix + "-");
        // one suffix only: every instance's producer has the same transactional id, which is what fences
        created.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(1));
        created.setPhysicalCloseTimeout(CLOSE_TIMEOUT_SECONDS);
        try {
            // initTransactions: fences a previous producer and completes or aborts its last transaction
            created.createProducer().close();
            List<Long> published = position.last(positionReadTimeout)
                    .map(OutboxPosition.Position::outboxIds).orElse(List.of());
            producers = created;
            kafka = new KafkaTemplate<>(created);
            return published;
        }
        catch (RuntimeException ex) {
            created.destroy();
            throw ex;
        }
    }

    /**
     * Publishes the batch and its position in one Kafka transaction.
     *
     * @throws IllegalStateException when this publisher has not {@link #takeOver() taken over}
     */
    @Override
    public void publish(List<OutboxEntry<Long>> batch) {
        KafkaTemplate<String, String> template = kafka;
        if (template == null) {
            throw new IllegalStateException("not relaying: take over first");
        }
        List<Long> ids = batch.stream().map(OutboxEntry::id).toList();
        try {
            template.executeInTransaction(operations -> {
                batch.forEach(entry -> operations.send(entry.topic(), entry.key(), text(entry)));
                operations.send(position.record(ids, clock.instant()));
                // a failed send surfaces at the commit, and the transaction is then aborted
                return ids.size();
            });
        }
        catch (RuntimeException ex) {
            close();
            throw ex;
        }
    }

    private static String text(OutboxEntry<Long> entry) {
        if (entry.value() instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("outbox entry " + entry.id() + " is not JSON text");
    }

    /**
     * Drops the producer: an open transaction is aborted here, or by the broker at its timeout, or by the next
     * relay.
     */
    @Override
    public void close() {
        DefaultKafkaProducerFactory<String, String> open = producers;
        producers = null;
        kafka = null;
        if (open == null) {
            return;
        }
        try {
            open.destroy();
        }
        catch (RuntimeException ex) {
            log.debug("Closing the outbox producer failed (fenced by a newer relay?): {}", ex.toString());
        }
    }
}
