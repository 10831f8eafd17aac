package org.complaintsuite.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.e2e.evaluation.RunningSuite;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline with real parts: the three services as separate processes, one Kafka broker, one PostgreSQL.
 * Each of the domain brief's example payloads is posted to intake and followed until its case appears. The suite is
 * the JVM's {@link RunningSuite}, shared with the other end-to-end tests (the risk evaluation).
 */
@ExtendWith(RunningSuite.Extension.class)
class ComplaintPipelineIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AGENT_TOKEN = SuiteTokens.of("e2e-agent", "AGENT");

    private static ServiceProcess intake;
    private static ServiceProcess workflow;
    private static TestInfrastructure.Database database;

    @BeforeAll
    static void useRunningSuite(RunningSuite suite) {
        intake = suite.intake();
        workflow = suite.workflow();
        database = suite.workflowDatabase();
    }

    @Test
    void chatComplaintBecomesAnAssessedCaseWithFirstContactDue48HoursAfterTheFirstCustomerMessage() throws Exception {
        String complaintId = post("/api/v1/complaints/chat", "chat.json");

        JsonNode kase = awaitAssessedCase(complaintId);

        assertThat(kase.get("channel").asString()).isEqualTo("CHAT");
        assertThat(kase.get("status").asString()).isEqualTo("RECEIVED");
        Instant firstMessage = Instant.ofEpochMilli(1760145302000L);
        assertThat(Instant.parse(kase.get("receivedAt").asString())).isEqualTo(firstMessage);
        assertThat(Instant.parse(kase.get("firstContactDueAt").asString()))
                .isEqualTo(firstMessage.plus(Duration.ofHours(48)));
        // "再不处理我就去银保监会投诉" threatens the regulator
        assertThat(kase.get("escalation").get("score").asInt()).isGreaterThan(0);
    }

    @Test
    void phoneComplaintBecomesACaseReceivedAtCallStart() throws Exception {
        String complaintId = post("/api/v1/complaints/phone", "phone.json");

        JsonNode kase = awaitAssessedCase(complaintId);

        assertThat(kase.get("channel").asString()).isEqualTo("PHONE");
        assertThat(kase.get("receivedAt").asString()).isEqualTo("2025-10-11T01:15:02Z");
        assertThat(kase.get("firstContactDueAt").asString()).isEqualTo("2025-10-13T01:15:02Z");
        assertThat(kase.get("group").asString()).isNotBlank();
    }

    @Test
    void regulatorTransferFiledByAnAgencyIsRoutedToAntiFraudWithItsClocks() throws Exception {
        String complaintId = post("/api/v1/complaints/regulator", "regulator.json");

        JsonNode kase = awaitAssessedCase(complaintId);

        assertThat(kase.get("channel").asString()).isEqualTo("REGULATOR");
        assertThat(kase.get("source").asString()).isEqualTo("NFRA_12378");
        // 2025-10-09 16:20 Beijing time
        assertThat(kase.get("receivedAt").asString()).isEqualTo("2025-10-09T08:20:00Z");
        assertThat(kase.get("firstContactDueAt").asString()).isEqualTo("2025-10-11T08:20:00Z");
        assertThat(kase.get("proxy").get("level").asString()).isIn("HIGH", "CRITICAL");
        assertThat(kase.get("group").asString()).isEqualTo("ANTI_FRAUD");
    }

    @Test
    void theSameComplaintPostedTwiceIsOneComplaintAndOneCase() throws Exception {
        String payload = """
                {"sessionId": "CHAT-duplicate-1", "platform": "WECHAT", "userId": "C200001",
                 "messages": [{"from": "USER", "sentAt": 1760145302000, "text": "利息太高了"}]}""";
        String first = postJson("/api/v1/complaints/chat", payload);
        JsonNode kase = awaitAssessedCase(first);

        String second = postJson("/api/v1/complaints/chat", payload);

        assertThat(second).isEqualTo(first);
        // the second delivery reaches workflow too; the case it finds stays the one case, unchanged
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> getCase(first).get("receivedAt").equals(kase.get("receivedAt")));
        assertThat(getCase(first).get("version").asLong()).isEqualTo(kase.get("version").asLong());
    }

    @Test
    void theSameCallFromTheTelephonyTopicTwiceAndOverRestIsOneComplaintAndOneCase() throws Exception {
        String callId = "CC-E2E-" + UUID.randomUUID();
        String payload = resource("phone.json").replace("CC-20251011-000123", callId);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW_PHONE, callId, payload)).get();
            producer.send(new ProducerRecord<>(Topics.RAW_PHONE, callId, payload)).get();
        }
        String viaRest = postJson("/api/v1/complaints/phone", payload);

        JsonNode kase = awaitAssessedCase(viaRest);

        assertThat(kase.get("externalReference").asString()).isEqualTo(callId);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> casesWithReference(callId) == 1);
    }

    @Test
    void workflowAnswersCaseDataOnlyWithABearerToken() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(workflow.uri("/api/v1/cases")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void intakeDescribesItsApiInOpenApi() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(intake.uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).get("paths");
        assertThat(paths.has("/api/v1/complaints/phone")).isTrue();
        assertThat(paths.has("/api/v1/complaints/chat")).isTrue();
        assertThat(paths.has("/api/v1/complaints/regulator")).isTrue();
    }

    private static int casesWithReference(String externalReference) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password());
                var statement = connection.prepareStatement(
                        "SELECT count(*) FROM complaint_case WHERE external_reference = ?")) {
            statement.setString(1, externalReference);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static JsonNode awaitAssessedCase(String complaintId) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await("case " + complaintId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonNode kase = getCase(complaintId);
                    found.set(kase);
                    return kase != null && kase.hasNonNull("escalation") && kase.hasNonNull("proxy");
                });
        return found.get();
    }

    private static JsonNode getCase(String complaintId) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(workflow.uri("/api/v1/cases/" + complaintId))
                .header("Authorization", "Bearer " + AGENT_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String post(String path, String payloadResource) throws IOException, InterruptedException {
        return postJson(path, resource(payloadResource));
    }

    private static String resource(String payloadResource) throws IOException {
        try (InputStream in = ComplaintPipelineIT.class.getResourceAsStream("/payloads/" + payloadResource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String postJson(String path, String json) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(intake.uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + SuiteTokens.of("callcenter-fe", "INTAKE"))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).get("complaintId").asString();
    }
}
