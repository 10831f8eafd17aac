package org.complaintsuite.benchmark.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The suite's PostgreSQL server: the workflow and risk databases the services use (read only by the benchmark) and
 * the server itself, where the reference measurement makes and drops a scratch database.
 *
 * @param serverUrl e.g. {@code jdbc:postgresql://127.0.0.1:5432/} (a database name is appended)
 */
record Databases(String serverUrl, String user, String password) {

    Connection workflow() throws SQLException {
        return connect("workflow");
    }

    Connection risk() throws SQLException {
        return connect("risk");
    }

    Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "pipeline-benchmark");
        return DriverManager.getConnection(serverUrl + database, properties);
    }

    /** Whether the workflow database's {@code risk_assessment} has {@code applied_at} (added by issue 13). */
    boolean workflowHasAppliedAt() throws SQLException {
        try (Connection connection = workflow();
             var statement = connection.prepareStatement("SELECT 1 FROM information_schema.columns "
                     + "WHERE table_name = 'risk_assessment' AND column_name = 'applied_at'");
             var rows = statement.executeQuery()) {
            return rows.next();
        }
    }
}
