package org.complaintsuite.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL and Kafka broker the integration tests run against, one of each per test JVM.
 * <p>
 * With a Docker engine, Testcontainers starts them. Without one (as on the project's CI machines) the tests use
 * the PostgreSQL server on 127.0.0.1:5432 and an in-process KRaft broker from spring-kafka-test: still a real
 * server and a real broker, so an integration test never has a reason to be skipped. Either way every caller of
 * {@link #newDatabase(String)} gets a database of its own, dropped when the JVM exits.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    /** Where to find PostgreSQL without Docker; override with -Dtest.postgres.url / -Dtest.postgres.user. */
    private static final String LOCAL_POSTGRES_URL = System.getProperty("test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String LOCAL_POSTGRES_USER = System.getProperty("test.postgres.user", "postgres");
    private static final String LOCAL_POSTGRES_PASSWORD = System.getProperty("test.postgres.password", "");

    /**
     * Partitions of every topic on the test broker: as many as the services declare their topics with
     * ({@code complaintsuite.kafka.topics.partitions}, 12 by default), so that a topic the broker creates on first use
     * and one a service declares are alike.
     */
    public static final int PARTITIONS = 12;

    private static Boolean docker;
    private static String kafkaBootstrapServers;
    private static Database server;

    private TestInfrastructure() {
    }

    /** A JDBC connection target: URL, user and password. */
    public record Database(String url, String username, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        Database withName(String name) {
            return new Database(url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), username, password);
        }
    }

    public static synchronized boolean dockerAvailable() {
        if (docker == null) {
            docker = !Boolean.getBoolean("test.infrastructure.local") && probeDocker();
            log.info("Integration tests run against {}", docker ? "Testcontainers (Docker engine found)"
                    : "the local PostgreSQL and an in-process KRaft broker (no Docker engine)");
        }
        return docker;
    }

    private static boolean probeDocker() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    /** Bootstrap servers of the test broker, started on first use. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            if (dockerAvailable()) {
                var kafka = new KafkaContainer("apache/kafka:4.1.0");
                kafka.start();
                kafkaBootstrapServers = kafka.getBootstrapServers();
            }
            else {
                var broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS)
                        .brokerProperties(Map.of("auto.create.topics.enable", "true",
                                "group.initial.rebalance.delay.ms", "0",
                                // one broker: transactional producers need the transaction log on it alone
                                "transaction.state.log.replication.factor", "1",
                                "transaction.state.log.min.isr", "1"));
                broker.afterPropertiesSet();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-shutdown"));
                kafkaBootstrapServers = broker.getBrokersAsString();
            }
        }
        return kafkaBootstrapServers;
    }

    /**
     * A new, empty database, named after {@code purpose}, dropped when the JVM exits. Tests never share a schema,
     * so they cannot depend on each other's data or order.
     */
    public static synchronized Database newDatabase(String purpose) {
        Database admin = server();
        String name = (purpose.replaceAll("[^A-Za-z0-9]", "_") + "_it_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        execute(admin, "CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(admin, name), "drop-" + name));
        return admin.withName(name);
    }

    private static Database server() {
        if (server == null) {
            if (dockerAvailable()) {
                var postgres = new PostgreSQLContainer("postgres:16-alpine");
                postgres.start();
                server = new Database(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
            }
            else {
                server = new Database(LOCAL_POSTGRES_URL, LOCAL_POSTGRES_USER, LOCAL_POSTGRES_PASSWORD);
                try (Connection ignored = server.connect()) {
                    log.debug("Local PostgreSQL reachable at {}", LOCAL_POSTGRES_URL);
                }
                catch (SQLException ex) {
                    throw new IllegalStateException("""
                            No Docker engine and no PostgreSQL at %s. Start the local server with
                              pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"""
                            .formatted(LOCAL_POSTGRES_URL), ex);
                }
            }
        }
        return server;
    }

    private static void execute(Database database, String sql) {
        try (Connection connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + database.url(), ex);
        }
    }

    private static void dropQuietly(Database admin, String name) {
        try {
            execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        catch (RuntimeException ex) {
            log.warn("Could not drop test database {}: {}", name, ex.getMessage());
        }
    }
}
