package org.complaintsuite.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a real PostgreSQL and a real broker: relays side by side, and a relay taking over from one that
 * died between publishing and marking.
 */
class OutboxIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String topic = "outbox-it-" + UUID.randomUUID();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private DefaultKafkaProducerFactory<String, Object> producers;
    private DefaultKafkaConsumerFactory<String, String> consumers;

    /** The test's outbox table: rows with a text body, marked published; marks can be made to fail. */
    private final class Rows implements OutboxStore<Long> {

        final AtomicBoolean refuseMarks = new AtomicBoolean();

        @Override
        public List<OutboxEntry<Long>> claim(int limit) {
            return jdbc.sql("""
                    SELECT id, key, body FROM test_outbox WHERE published_at IS NULL
                    ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                    .param("limit", limit)
                    .query((rs, n) -> new OutboxEntry<Long>(rs.getLong("id"), topic, rs.getString("key"),
                            rs.getString("body")))
                    .list();
        }

        @Override
        public void published(List<Long> ids) {
            if (refuseMarks.get()) {
                throw new IllegalStateException("marks refused by the test: as if the relay died here");
            }
            jdbc.sql("UPDATE test_outbox SET published_at = now() WHERE id IN (:ids)").param("ids", ids).update();
        }
    }

    @BeforeEach
    void createOutbox() throws Exception {
        TestInfrastructure.Database database = TestInfrastructure.newDatabase("outbox");
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database.url(), database.username(),
                database.password());
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.sql("""
                CREATE TABLE test_outbox (id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL, body TEXT NOT NULL,
                                          published_at TIMESTAMPTZ)""").update();
        String servers = TestInfrastructure.kafkaBootstrapServers();
        // made up front: the relays race to send first, and a topic created by the first send can take longer than
        // the acknowledgement timeout on a loaded machine, which is not what these tests are about
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        producers = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        consumers = new DefaultKafkaConsumerFactory<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        closing.add(producers::destroy);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : closing.reversed()) {
            resource.close();
        }
    }

    @Test
    void relaysSideBySidePublishEveryEntryAndMarkItWithoutSendingAnyTwice() {
        add(600);
        List<CompletableFuture<Integer>> relays = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Outbox<Long> outbox = new Outbox<>("events", new Rows(), new AcknowledgedPublisher<>(
                    new KafkaTemplate<>(producers), Duration.ofSeconds(10)), transactions, 50);
            relays.add(CompletableFuture.supplyAsync(outbox::publishPending));
        }

        int published = relays.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(published).isEqualTo(600);
        assertThat(unpublished()).isZero();
        assertThat(counts(readTopic(600))).hasSize(600).allSatisfy((body, count) -> assertThat(count).isOne());
    }

    @Test
    void aRelayTakingOverFromOneThatDiedBeforeMarkingItsLastBatchPublishesEachEntryOnce() {
        add(25);
        Rows rows = new Rows();
        TransactionalPublisher first = exactlyOnce("relay-1");
        Outbox<Long> firstOutbox = new Outbox<>("events", rows, first, transactions, 10);
        first.takeOver();
        rows.refuseMarks.set(true);

        assertThatThrownBy(firstOutbox::publishPending).hasMessageContaining("marks refused");
        assertThat(unpublished()).isEqualTo(25);

        rows.refuseMarks.set(false);
        TransactionalPublisher second = exactlyOnce("relay-1");
        List<Long> publishedBefore = second.takeOver();
        assertThat(publishedBefore).hasSize(10);
        rows.published(publishedBefore);
        int published = new Outbox<>("events", rows, second, transactions, 10).publishPending();

        assertThat(published).isEqualTo(15);
        assertThat(unpublished()).isZero();
        assertThat(counts(readTopic(25))).hasSize(25).allSatisfy((body, count) -> assertThat(count).isOne());
    }

    @Test
    void aRelayTakingOverFencesTheOneBeforeIt() {
        add(3);
        TransactionalPublisher first = exactlyOnce("relay-2");
        first.takeOver();
        TransactionalPublisher second = exactlyOnce("relay-2");
        second.takeOver();

        assertThatThrownBy(() -> new Outbox<>("events", new Rows(), first, transactions, 10).publishPending())
                .isInstanceOf(RuntimeException.class);
        assertThat(first.active()).isFalse();
        assertThat(unpublished()).isEqualTo(3);

        assertThat(new Outbox<>("events", new Rows(), second, transactions, 10).publishPending()).isEqualTo(3);
        assertThat(counts(readTopic(3))).hasSize(3);
    }

    private TransactionalPublisher exactlyOnce(String relay) {
        var publisher = new TransactionalPublisher(producers, consumers, "outbox-it-" + topic + "-" + relay,
                topic + "-position", relay, Duration.ofSeconds(30), Duration.ofSeconds(30),
                JsonMapper.builder().build(), Clock.systemUTC());
        closing.add(publisher);
        return publisher;
    }

    private void add(int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("INSERT INTO test_outbox (key, body) VALUES (:key, :body)")
                    .param("key", "c-" + i % 7).param("body", "event " + i).update();
        }
    }

    private long unpublished() {
        return jdbc.sql("SELECT count(*) FROM test_outbox WHERE published_at IS NULL").query(Long.class).single();
    }

    /** What a {@code read_committed} consumer sees on the topic, once at least {@code expected} records are there. */
    private List<String> readTopic(int expected) {
        List<String> bodies = new ArrayList<>();
        try (Consumer<String, String> consumer = consumers.createConsumer("outbox-it-" + UUID.randomUUID(), null)) {
            consumer.subscribe(List.of(topic));
            await().atMost(TIMEOUT).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> bodies.add(record.value()));
                return bodies.size() >= expected;
            });
            // anything sent twice would be there by now
            consumer.poll(Duration.ofSeconds(1)).forEach(record -> bodies.add(record.value()));
        }
        return bodies;
    }

    private static Map<String, Long> counts(List<String> bodies) {
        return bodies.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
