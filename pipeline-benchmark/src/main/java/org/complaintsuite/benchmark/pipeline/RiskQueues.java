package org.complaintsuite.benchmark.pipeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads the depth of risk scoring's re-assessment queues (risk-scoring-service's migrations V2 and V5) once a second.
 * A table that does not exist (a later version may keep the queue elsewhere) reads as empty, and the report says the
 * queue could not be read.
 */
final class RiskQueues implements Sampler, AutoCloseable {

    private static final String QUERY = "SELECT "
            + "(SELECT count(*) FROM reassessment_queue), (SELECT count(*) FROM ring_reassessment)";

    private final Databases databases;
    private final List<RiskQueueSample> samples = new ArrayList<>();
    private @Nullable Connection connection;
    private volatile boolean readable = true;

    RiskQueues(Databases databases) {
        this.databases = databases;
    }

    @Override
    public void sample(Instant at, String phase) throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = databases.risk();
        }
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            RiskQueueSample sample = new RiskQueueSample(at, phase, row.getLong(1), row.getLong(2));
            synchronized (samples) {
                samples.add(sample);
            }
        }
        catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                readable = false;
                return;
            }
            throw e;
        }
    }

    boolean readable() {
        return readable;
    }

    List<RiskQueueSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Nullable RiskQueueSample latest() {
        synchronized (samples) {
            return samples.isEmpty() ? null : samples.getLast();
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
