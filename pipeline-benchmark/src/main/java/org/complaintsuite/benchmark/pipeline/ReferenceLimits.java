package org.complaintsuite.benchmark.pipeline;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the machine's PostgreSQL and Kafka take on their own, measured in the same run: 1 KB rows inserted one per
 * transaction and 100 per transaction (a JDBC batch, rewritten to a multi-row insert) into a scratch table of a
 * scratch database, and 1 KiB records produced with {@code acks=all} by one producer to a scratch topic. The scratch
 * database and topic are dropped afterwards.
 */
final class ReferenceLimits {

    /** Rows or records per second for each measurement. */
    record Figures(double rowsPerTransaction, double rowsInBatches, double kafkaRecords, int kafkaPartitions,
            Duration duration) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLimits.class);
    private static final String SCRATCH_DATABASE = "pipeline_benchmark_scratch";
    private static final int BATCH = 100;
    private static final int KAFKA_PARTITIONS = 3;
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    private final Databases databases;
    private final Admin admin;
    private final String bootstrapServers;

    ReferenceLimits(Databases databases, Admin admin, String bootstrapServers) {
        this.databases = databases;
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
    }

    Figures measure(Duration duration, String runTag) throws Exception {
        double single;
        double batched;
        try (Connection server = databases.connect("postgres"); Statement ddl = server.createStatement()) {
            ddl.execute("DROP DATABASE IF EXISTS " + SCRATCH_DATABASE + " WITH (FORCE)");
            ddl.execute("CREATE DATABASE " + SCRATCH_DATABASE);
            try {
                single = insertRows(duration, 1);
                batched = insertRows(duration, BATCH);
            }
            finally {
                ddl.execute("DROP DATABASE IF EXISTS " + SCRATCH_DATABASE + " WITH (FORCE)");
            }
        }
        LOG.info("PostgreSQL: {} rows one per transaction, {} in batches of {}", Format.rate(single),
                Format.rate(batched), BATCH);
        double kafka = produceRecords(duration, "pipeline-benchmark-scratch-" + runTag);
        LOG.info("Kafka: {} 1 KiB records with acks=all", Format.rate(kafka));
        return new Figures(single, batched, kafka, KAFKA_PARTITIONS, duration);
    }

    private double insertRows(Duration duration, int perTransaction) throws SQLException {
        String payload = "x".repeat(1000);
        try (Connection connection = databases.connect(SCRATCH_DATABASE + "?reWriteBatchedInserts=true")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS scratch (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)");
            }
            connection.setAutoCommit(perTransaction == 1);
            long rows = 0;
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scratch (payload) VALUES (?)")) {
                while (System.nanoTime() < end) {
                    for (int i = 0; i < perTransaction; i++) {
                        insert.setString(1, payload);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    rows += perTransaction;
                    if (perTransaction > 1) {
                        connection.commit();
                    }
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    private double produceRecords(Duration duration, String topic) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, KAFKA_PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            byte[] value = "k".repeat(1024).getBytes(StandardCharsets.US_ASCII);
            // the first second fetches metadata and warms the producer and the broker's new partitions up
            writer.writeFor(WARM_UP, index -> new ProducerRecord<>(topic, Long.toString(index), value));
            TopicWriter.Written written = writer.writeFor(duration,
                    index -> new ProducerRecord<>(topic, Long.toString(index), value));
            return written.rate();
        }
        finally {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        }
    }
}
