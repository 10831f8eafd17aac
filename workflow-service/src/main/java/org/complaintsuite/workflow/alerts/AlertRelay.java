package org.complaintsuite.workflow.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.Topics;

/**
 * Publishes the alert outbox to {@link Topics#SLA_ALERTS} exactly once, with several instances and across crashes.
 * <p>
 * One instance leads ({@link RelayLeadership}). The leader's producer is transactional, with a transactional id that
 * is the same on every instance of this database ({@code workflow-sla-alerts-<relay id>}): a leader's
 * {@code initTransactions} aborts whatever transaction a previous leader left open and fences that leader, should
 * it still be running. Each batch of outbox rows goes out in one Kafka transaction together with the batch's
 * {@link RelayPosition position}; once the transaction committed, the rows are deleted. A leader that starts, or
 * that failed anywhere in a batch, first reads the last committed position and deletes those rows: a crash between
 * the commit and the delete leaves rows that were already published, and this is where they are recognised. Either
 * both the alerts and their position are committed, or neither is, and consumers reading with
 * {@code read_committed} see each alert once.
 */
@Component
class AlertRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertRelay.class);

    private final AlertStore store;
    private final SlaAlertProperties properties;
    private final RelayLeadership leadership;
    private final Map<String, Object> producerConfig;
    private final Map<String, Object> consumerConfig;
    private final JsonMapper json;
    private final Clock clock;

    private @Nullable ScheduledExecutorService executor;
    private @Nullable KafkaProducer<String, String> producer;
    private @Nullable RelayPosition position;
    private volatile boolean running;

    AlertRelay(AlertStore store, SlaAlertProperties properties, DataSource dataSource,
            ProducerFactory<?, ?> producerFactory, ConsumerFactory<?, ?> consumerFactory, JsonMapper json,
            Clock clock) {
        this.store = store;
        this.properties = properties;
        this.leadership = new RelayLeadership(dataSource);
        this.producerConfig = kafkaClientConfig(producerFactory.getConfigurationProperties());
        this.consumerConfig = kafkaClientConfig(consumerFactory.getConfigurationProperties());
        this.json = json;
        this.clock = clock;
    }

    /** The service's Kafka settings without its serializers and Spring's own keys: the relay sends JSON text. */
    private static Map<String, Object> kafkaClientConfig(Map<String, Object> configured) {
        Map<String, Object> config = new HashMap<>(configured);
        config.keySet().removeIf(key -> key.startsWith("spring.") || key.endsWith(".serializer")
                || key.endsWith(".deserializer"));
        return config;
    }

    @Override
    public synchronized void start() {
        if (running || !properties.relayEnabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sla-alert-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.relayInterval().toMillis();
        executor.scheduleWithFixedDelay(this::relayQuietly, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (!running || executor == null) {
            return;
        }
        running = false;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
        // the executor's thread is done with them now
        closeProducer();
        leadership.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void relayQuietly() {
        try {
            relay();
        }
        catch (RuntimeException ex) {
            log.warn("SLA alert relay failed, will recover and try again: {}", ex.toString());
        }
    }

    /**
     * Publishes what the outbox holds, if this instance leads; returns how many alerts were published. Any failure
     * drops the producer, so that the next run starts as a new leader does: fencing, then the position.
     */
    int relay() {
        if (!running || !leadership.hold()) {
            closeProducer();
            return 0;
        }
        try {
            if (producer == null) {
                becomeLeader();
            }
            int published = 0;
            int batch;
            do {
                batch = publishBatch();
                published += batch;
            }
            while (running && batch == properties.relayBatchSize());
            return published;
        }
        catch (RuntimeException ex) {
            closeProducer();
            throw ex;
        }
    }

    private void becomeLeader() {
        UUID relayId = store.relayId();
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "workflow-sla-alerts-" + relayId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) properties.transactionTimeout().toMillis());
        var created = new KafkaProducer<String, String>(config, new StringSerializer(), new StringSerializer());
        try {
            // fences a previous leader and completes or aborts its last transaction
            created.initTransactions();
            position = new RelayPosition(properties.positionTopic(), relayId.toString(), consumerConfig, json);
            Optional<RelayPosition.Position> last = position.last(properties.positionReadTimeout());
            if (last.isPresent()) {
                int deleted = store.delete(last.get().outboxIds());
                if (deleted > 0) {
                    log.info("Deleted {} outbox row(s) already published in the last committed relay transaction",
                            deleted);
                }
            }
        }
        catch (RuntimeException ex) {
            created.close(Duration.ZERO);
            throw ex;
        }
        producer = created;
    }

    private int publishBatch() {
        KafkaProducer<String, String> kafka = requireProducer();
        List<AlertStore.Pending> pending = store.pending(properties.relayBatchSize());
        if (pending.isEmpty()) {
            return 0;
        }
        List<Long> ids = pending.stream().map(AlertStore.Pending::id).toList();
        kafka.beginTransaction();
        for (AlertStore.Pending row : pending) {
            kafka.send(new ProducerRecord<>(Topics.SLA_ALERTS, row.complaintId(), row.event()));
        }
        kafka.send(requirePosition().record(ids, clock.instant()));
        // a failed send surfaces here, and the transaction is then not committed
        kafka.commitTransaction();
        store.delete(ids);
        log.debug("Relayed {} SLA alert(s) in one transaction (outbox ids {} to {})", pending.size(), ids.getFirst(),
                ids.getLast());
        return pending.size();
    }

    private KafkaProducer<String, String> requireProducer() {
        if (producer == null) {
            throw new IllegalStateException("no producer: not leading");
        }
        return producer;
    }

    private RelayPosition requirePosition() {
        if (position == null) {
            throw new IllegalStateException("no position: not leading");
        }
        return position;
    }

    private void closeProducer() {
        KafkaProducer<String, String> open = producer;
        producer = null;
        position = null;
        if (open == null) {
            return;
        }
        try {
            // an open transaction is aborted here, or by the broker at its timeout, or by the next leader
            open.close(Duration.ofSeconds(5));
        }
        catch (ProducerFencedException ex) {
            log.debug("The relay producer was fenced by a newer leader");
        }
        catch (RuntimeException ex) {
            log.debug("Closing the relay producer failed: {}", ex.toString());
        }
    }
}
