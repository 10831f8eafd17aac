package org.complaintsuite.workflow.alerts;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.Topics;
import org.complaintsuite.support.outbox.Outbox;
import org.complaintsuite.support.outbox.TransactionalPublisher;

/**
 * Publishes the alert outbox to {@link Topics#SLA_ALERTS} exactly once, with several instances and across crashes:
 * the suite's {@link Outbox} with a {@link TransactionalPublisher}. One instance leads ({@link RelayLeadership}); its
 * transactional id is the same on every instance of this database ({@code workflow-sla-alerts-<relay id>-0}). A
 * leader that starts, or that failed anywhere in a batch, first takes the relay over: it fences any other producer,
 * reads the last committed position and deletes those rows, since a crash between the Kafka commit and the delete
 * leaves rows that were already published. Consumers reading with {@code read_committed} see each alert once.
 */
@Component
class AlertRelay implements SmartLifecycle, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AlertRelay.class);

    private final AlertStore store;
    private final SlaAlertProperties properties;
    private final RelayLeadership leadership;
    private final ProducerFactory<?, ?> producerFactory;
    private final ConsumerFactory<?, ?> consumerFactory;
    private final TransactionOperations transactions;
    private final JsonMapper json;
    private final Clock clock;

    private @Nullable TransactionalPublisher publisher;
    private @Nullable Outbox<Long> outbox;
    private volatile boolean running;

    AlertRelay(AlertStore store, SlaAlertProperties properties, JdbcClient jdbc, ProducerFactory<?, ?> producerFactory,
            ConsumerFactory<?, ?> consumerFactory, TransactionOperations transactions, JsonMapper json, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.leadership = new RelayLeadership(jdbc, properties.relayLease());
        this.producerFactory = producerFactory;
        this.consumerFactory = consumerFactory;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::relayQuietly, properties.relayInterval(),
                properties.relayInterval()));
    }

    @Override
    public synchronized void start() {
        running = properties.relayEnabled();
    }

    /** Waits for a run in progress, then gives up the relay: another instance takes over on its next run. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        if (publisher != null) {
            publisher.close();
        }
        try {
            leadership.release();
        }
        catch (RuntimeException ex) {
            log.debug("Giving up the relay lease failed (it runs out by itself): {}", ex.toString());
        }
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
    synchronized int relay() {
        if (!running) {
            return 0;
        }
        TransactionalPublisher kafka = publisher();
        if (!leadership.hold()) {
            kafka.close();
            return 0;
        }
        try {
            if (!kafka.active()) {
                takeOver(kafka);
            }
            return requireOutbox().publishPending();
        }
        catch (RuntimeException ex) {
            kafka.close();
            throw ex;
        }
    }

    private void takeOver(TransactionalPublisher kafka) {
        List<Long> published = kafka.takeOver();
        int deleted = store.delete(published);
        if (deleted > 0) {
            log.info("Deleted {} outbox row(s) already published in the last committed relay transaction", deleted);
        }
    }

    /** Made on the first run: the transactional id names this database's relay, read from it. */
    private TransactionalPublisher publisher() {
        if (publisher == null) {
            String relayId = store.relayId().toString();
            publisher = new TransactionalPublisher(producerFactory, consumerFactory, "workflow-sla-alerts-" + relayId,
                    properties.positionTopic(), relayId, properties.transactionTimeout(),
                    properties.positionReadTimeout(), json, clock);
            outbox = new Outbox<>("SLA alert(s)", store, publisher, transactions, properties.relayBatchSize());
        }
        return publisher;
    }

    private Outbox<Long> requireOutbox() {
        if (outbox == null) {
            throw new IllegalStateException("no outbox: not relaying");
        }
        return outbox;
    }
}
