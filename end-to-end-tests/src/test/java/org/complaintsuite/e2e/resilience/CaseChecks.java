package org.complaintsuite.e2e.resilience;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.complaintsuite.e2e.ServiceProcess;
import org.complaintsuite.testsupport.TestInfrastructure.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the resilience tests check once the suite has caught up: every accepted complaint is exactly one case, opened
 * once, assessed, with the assessment risk scoring holds as current; read from the services' own databases.
 */
final class CaseChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private CaseChecks() {
    }

    /** How many of the complaints are cases that carry an assessment. */
    static int assessedCases(Database workflow, List<String> ids) throws SQLException {
        try (Connection db = connect(workflow)) {
            return count(db, """
                    SELECT count(*) FROM complaint_case c JOIN risk_assessment a ON a.complaint_id = c.complaint_id
                    WHERE c.complaint_id = ANY(?) AND c.escalation_level IS NOT NULL""", ids);
        }
    }

    /** One case per complaint and per session, each opened once: a redelivered record was not applied twice. */
    static void assertEachIsOneCaseOpenedOnce(Database workflow, List<String> ids) throws SQLException {
        try (Connection db = connect(workflow)) {
            assertThat(count(db, "SELECT count(*) FROM complaint_case WHERE complaint_id = ANY(?)", ids))
                    .isEqualTo(ids.size());
            assertThat(count(db, """
                    SELECT count(*) FROM (SELECT external_reference FROM complaint_case
                    WHERE complaint_id = ANY(?) GROUP BY external_reference HAVING count(*) > 1) twice""", ids))
                    .isZero();
            // opened once: a redelivered record was not applied a second time, nor half of it
            assertThat(count(db, """
                    SELECT count(*) FROM (SELECT c.complaint_id FROM complaint_case c
                    LEFT JOIN case_event e ON e.complaint_id = c.complaint_id AND e.type = 'OPENED'
                    WHERE c.complaint_id = ANY(?) GROUP BY c.complaint_id HAVING count(e.id) <> 1) not_once""",
                    ids)).isZero();
        }
    }

    /** How many cases hold the assessment risk scoring holds as current (there must be one per complaint). */
    static int currentAssessmentsInWorkflow(Database risk, Database workflow, List<String> ids) throws SQLException {
        Map<String, String> current = eventIds(risk, "assessment", ids);
        assertThat(current).as("one current assessment per complaint in risk scoring").hasSize(ids.size());
        Map<String, String> held = eventIds(workflow, "risk_assessment", ids);
        return (int) held.entrySet().stream().filter(entry -> entry.getValue().equals(current.get(entry.getKey())))
                .count();
    }

    /** The service's Prometheus page, read with the given authorization. */
    static String scrape(ServiceProcess service, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(service.uri("/actuator/prometheus"))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(service.name() + " /actuator/prometheus").isEqualTo(200);
        return response.body();
    }

    private static Map<String, String> eventIds(Database database, String table, List<String> ids)
            throws SQLException {
        Map<String, String> eventIds = new HashMap<>();
        try (Connection db = connect(database); PreparedStatement query = db.prepareStatement(
                "SELECT complaint_id, event_id FROM " + table + " WHERE complaint_id = ANY(?)")) {
            query.setArray(1, db.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    eventIds.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return eventIds;
    }

    private static int count(Connection db, String sql, List<String> ids) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }
}
