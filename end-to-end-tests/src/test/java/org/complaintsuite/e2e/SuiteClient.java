package org.complaintsuite.e2e;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.e2e.evaluation.RunningSuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Calls on the running suite as the call-center front end, an agent and operations do, with their tokens. */
final class SuiteClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final RunningSuite suite;
    private final String intakeToken = SuiteTokens.of("callcenter-fe", "INTAKE");
    private final String agentToken = SuiteTokens.of("e2e-agent", "AGENT");
    private final String operationsToken = SuiteTokens.of("ops-zhao", "OPERATIONS");

    SuiteClient(RunningSuite suite) {
        this.suite = suite;
    }

    /** Posts a complaint to intake; returns its complaint id. */
    String postComplaint(String path, String json) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(suite.intake().uri(path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + intakeToken)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).get("complaintId").asString();
    }

    JsonNode getCase(String complaintId) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(suite.workflow().uri("/api/v1/cases/" + complaintId))
                .header("Authorization", "Bearer " + agentToken).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Waits for the case to satisfy the condition and returns it. */
    JsonNode awaitCase(String complaintId, String description, java.util.function.Predicate<JsonNode> condition,
            Duration timeout) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await("case " + complaintId + " " + description).atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    JsonNode kase = getCase(complaintId);
                    found.set(kase);
                    return kase != null && condition.test(kase);
                });
        return found.get();
    }

    static boolean assessed(JsonNode kase) {
        return kase.hasNonNull("escalation") && kase.hasNonNull("proxy") && !kase.hasNonNull("assessmentFailure");
    }

    /** GET on workflow as operations; the body as JSON. */
    JsonNode operations(String path) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(suite.workflow().uri(path))
                .header("Authorization", "Bearer " + operationsToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** POST on workflow as operations; the response. */
    HttpResponse<String> operationsPost(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(suite.workflow().uri(path))
                .header("Authorization", "Bearer " + operationsToken).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    String prometheus() throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(suite.workflow().uri("/actuator/prometheus"))
                .header("Authorization", "Bearer " + operationsToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The complaint id of the case opened for this external reference, once there is one. */
    Optional<String> complaintIdOfReference(String externalReference) throws SQLException {
        var database = suite.workflowDatabase();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password());
                var statement = connection.prepareStatement(
                        "SELECT complaint_id FROM complaint_case WHERE external_reference = ?")) {
            statement.setString(1, externalReference);
            try (var result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
            }
        }
    }

    /** Runs SQL on risk scoring's database, as an operator or a broken migration would. */
    void onRiskDatabase(String sql) throws SQLException {
        var database = suite.riskDatabase();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password()); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
