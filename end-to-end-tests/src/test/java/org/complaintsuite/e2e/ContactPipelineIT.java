package org.complaintsuite.e2e;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.e2e.evaluation.RunningSuite;
import org.complaintsuite.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ordinary contacts through the real processes: intake, as shipped (intake.contacts.divert on), takes calls flagged
 * as not complaints as contacts; risk scoring scores them and workflow opens a care task for the one likely to
 * complain, and a case for neither.
 */
@ExtendWith(RunningSuite.Extension.class)
class ContactPipelineIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AGENT_TOKEN = SuiteTokens.of("e2e-agent", "AGENT");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static RunningSuite suite;

    @BeforeAll
    static void connect(RunningSuite running) {
        suite = running;
    }

    @Test
    void aCallNotFlaggedAsAComplaintOpensNoCaseAndACareTaskWhenTheCustomerIsLikelyToComplain() throws Exception {
        JsonNode answer = postCall("我要找媒体曝光你们，天天打电话，太过分了");

        assertThat(answer.get("kind").asString()).isEqualTo("CONTACT");
        String contactId = answer.get("contactId").asString();
        JsonNode task = await("the care task").atMost(TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> getJson("/api/v1/care-tasks/" + contactId), found -> found != null);
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.at("/propensity/level").asString()).isIn("HIGH", "CRITICAL");
        assertThat(task.at("/propensity/signals").valueStream().map(signal -> signal.get("code").asString()))
                .contains("MEDIA_THREAT");
        assertThat(task.at("/feedback/state").asString()).isEqualTo("RUNNING");
        await("the contact's words with the task").atMost(TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> getJson("/api/v1/care-tasks/" + contactId).at("/contact/customerText").asString(),
                        words -> words.contains("曝光"));
        assertThat(getJson("/api/v1/cases/" + contactId)).as("no complaint case").isNull();
    }

    @Test
    void aPlainCallIsScoredButOpensNeitherACareTaskNorACase() throws Exception {
        JsonNode answer = postCall("好的，谢谢你的帮助");

        String contactId = answer.get("contactId").asString();
        await("risk scoring scored the contact").atMost(TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> propensityInRisk(contactId) != null);
        assertThat(propensityInRisk(contactId)).isLessThan(60);
        // workflow reads the assessment shortly after risk scoring published it
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> getJson("/api/v1/care-tasks/" + contactId) == null);
        assertThat(getJson("/api/v1/cases/" + contactId)).isNull();
    }

    private static JsonNode postCall(String words) throws IOException, InterruptedException {
        String call = """
                {"callId": "CC-CONTACT-%s", "callerNumber": "+86 139-0013-%04d", "startedAt": "2026-12-06T09:15:02+08:00",
                 "durationSeconds": 120, "agentId": "A0192", "complaintFlag": false,
                 "transcript": [{"speaker": "CUSTOMER", "offsetMs": 1200, "text": "%s"}]}"""
                .formatted(UUID.randomUUID(), (int) (Math.random() * 10_000), words);
        var response = HTTP.send(HttpRequest.newBuilder(suite.intake().uri("/api/v1/complaints/phone"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + SuiteTokens.of("callcenter-fe", "INTAKE"))
                .POST(HttpRequest.BodyPublishers.ofString(call, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body());
    }

    private static JsonNode getJson(String path) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(suite.workflow().uri(path))
                .header("Authorization", "Bearer " + AGENT_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Integer propensityInRisk(String contactId) throws Exception {
        TestInfrastructure.Database database = suite.riskDatabase();
        try (var connection = java.sql.DriverManager.getConnection(database.url(), database.username(),
                database.password());
             var statement = connection.prepareStatement("SELECT propensity FROM contact WHERE contact_id = ?")) {
            statement.setString(1, contactId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : null;
            }
        }
    }
}
