package org.complaintsuite.e2e;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.e2e.evaluation.RunningSuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An agent's words through the whole suite: a call taken by intake is checked by risk scoring, and the finding lands
 * in the inbox of the supervisor the roster names for the agent, within seconds (the rule: 30 minutes); the
 * supervisor reviews it.
 */
@ExtendWith(RunningSuite.Extension.class)
class QualityPipelineIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUPERVISOR_TOKEN = SuiteTokens.of("e2e-lead", "SUPERVISOR");
    private static final String OPERATIONS_TOKEN = SuiteTokens.of("ops-zhao", "OPERATIONS");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static RunningSuite suite;
    private static SuiteClient client;

    @BeforeAll
    static void connect(RunningSuite running) {
        suite = running;
        client = new SuiteClient(running);
    }

    @Test
    void anAgentWhoThreatensToCallTheFamilyReachesTheirSupervisorsInboxAndIsReviewed() throws Exception {
        String agent = "A-E2E-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(send("PUT", "/api/v1/agents/" + agent, OPERATIONS_TOKEN, "{\"supervisor\": \"e2e-lead\"}")
                .statusCode()).isEqualTo(200);
        Instant posted = Instant.now();
        String complaintId = client.postComplaint("/api/v1/complaints/phone", """
                {"callId": "CC-QC-%s", "callerNumber": "+86 139-0013-8000", "startedAt": "%s",
                 "durationSeconds": 300, "agentId": "%s", "complaintFlag": true,
                 "transcript": [{"speaker": "AGENT", "offsetMs": 500, "text": "您好，工号3021很高兴为您服务"},
                                {"speaker": "CUSTOMER", "offsetMs": 4000, "text": "这个月实在还不上了"},
                                {"speaker": "AGENT", "offsetMs": 9000, "text": "再不还我们就联系你的家人和单位"}]}"""
                .formatted(UUID.randomUUID(), posted.atOffset(ZoneOffset.ofHours(8)).minusSeconds(300), agent));

        JsonNode item = await("the finding in e2e-lead's inbox").atMost(TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(() -> qualityItem(agent), found -> found != null);
        Duration delivered = Duration.between(posted, Instant.parse(item.get("createdAt").asString()));
        assertThat(delivered).as("from intake to the supervisor's inbox").isLessThan(Duration.ofMinutes(30));
        assertThat(item.get("audience").asString()).isEqualTo("USER");
        assertThat(item.get("recipient").asString()).isEqualTo("e2e-lead");

        String findingId = item.get("complaintId").asString();
        JsonNode finding = JSON.readTree(send("GET", "/api/v1/quality-findings/" + findingId, SUPERVISOR_TOKEN, null)
                .body());
        assertThat(finding.get("rule").asString()).isEqualTo("THIRD_PARTY_CONTACT");
        assertThat(finding.get("conversationId").asString()).isEqualTo(complaintId);
        assertThat(finding.get("turn").asInt()).isEqualTo(2);
        assertThat(finding.get("deliveredOnTime").asBoolean()).isTrue();
        assertThat(finding.at("/evidence/0/value").asString()).isEqualTo("联系你的家人");
        assertThat(send("POST", "/api/v1/quality-findings/" + findingId + "/review", SUPERVISOR_TOKEN,
                "{\"verdict\": \"CONFIRMED\", \"note\": \"已辅导\"}").statusCode()).isEqualTo(200);
    }

    private static JsonNode qualityItem(String agent) throws IOException, InterruptedException {
        JsonNode page = JSON.readTree(send("GET", "/api/v1/inbox?size=100", SUPERVISOR_TOKEN, null).body());
        return page.get("items").valueStream()
                .filter(item -> "QC_FINDING".equals(item.get("kind").asString())
                        && item.get("reason").asString().contains(agent))
                .findFirst().orElse(null);
    }

    private static HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(suite.workflow().uri(path)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
