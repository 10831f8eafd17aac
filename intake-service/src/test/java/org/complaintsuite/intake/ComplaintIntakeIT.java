package org.complaintsuite.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;
import org.complaintsuite.testsupport.security.SuiteTestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The running service over real HTTP, publishing to a real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "intake.id-hash-key=integration-test-key")
@Import(KafkaTestInfrastructure.class)
class ComplaintIntakeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int MAX_BYTES = 512 * 1024;

    @LocalServerPort
    private int port;

    @Test
    void chatExampleIsPublishedToComplaintsReceivedUnderTheAnsweredComplaintIdKeyedByItsCustomer() throws Exception {
        String complaintId = postChat(ExamplePayloads.json(ExamplePayloads.CHAT));

        assertThat(complaintId).isEqualTo(ComplaintIds.of(Channel.CHAT, "CHAT-8f1c2a"));
        ConsumerRecord<String, String> record = awaitRecords(complaintId, 1).getFirst();
        JsonNode complaint = ExamplePayloads.JSON.readTree(record.value());
        assertThat(record.key()).isEqualTo(complaint.at("/customer/customerKey").asString());
        assertThat(complaint.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(complaint.get("channel").asString()).isEqualTo("CHAT");
        assertThat(complaint.get("source").asString()).isEqualTo("APP");
        assertThat(complaint.get("externalReference").asString()).isEqualTo("CHAT-8f1c2a");
        assertThat(complaint.get("receivedAt").asString()).isEqualTo("2025-10-11T01:15:02Z");
        assertThat(complaint.at("/customer/customerId").asString()).isEqualTo("C100234");
        assertThat(complaint.at("/customer/phone").asString()).isEqualTo("+8613800138000");
        assertThat(complaint.at("/customer/customerKey").asString()).startsWith("cid-");
        assertThat(complaint.at("/text/customerText").asString()).isEqualTo("再不处理我就去银保监会投诉!");
        assertThat(complaint.at("/text/originalText").asString()).isEqualTo("再不处理我就去银保监会投诉！");
        assertThat(complaint.get("normalizationWarnings").isEmpty()).isTrue();
    }

    @Test
    void chatPostedTwiceIsAnsweredWithTheSameComplaintIdBothTimes() throws Exception {
        // a session of its own, so that the records counted below come from this test only
        String sessionId = "CHAT-" + UUID.randomUUID();
        String payload = ExamplePayloads.json(ExamplePayloads.CHAT, chat -> chat.put("sessionId", sessionId));

        String first = postChat(payload);
        String second = postChat(payload);

        assertThat(second).isEqualTo(first).isEqualTo(ComplaintIds.of(Channel.CHAT, sessionId));
        List<ConsumerRecord<String, String>> records = awaitRecords(first, 2);
        assertThat(records).extracting(record -> ExamplePayloads.JSON.readTree(record.value()).get("complaintId")
                .asString()).containsOnly(first);
        assertThat(records).extracting(record -> ExamplePayloads.JSON.readTree(record.value()).get("eventId")
                .asString()).doesNotHaveDuplicates();
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedWith413ProblemBeforeItIsRead() throws Exception {
        String sessionId = "CHAT-" + UUID.randomUUID();
        byte[] body = ExamplePayloads.jsonOfSize(ExamplePayloads.CHAT, chat -> chat.put("sessionId", sessionId),
                MAX_BYTES + 64 * 1024);

        HttpResponse<String> response = postChunked(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ExamplePayloads.JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:complaintsuite:problem:too-large");
        assertThat(problem.get("maxBytes").asLong()).isEqualTo(MAX_BYTES);
    }

    @Test
    void chunkedBodyWithinTheLimitIsReadAndAccepted() throws Exception {
        String sessionId = "CHAT-" + UUID.randomUUID();
        byte[] body = ExamplePayloads.jsonOfSize(ExamplePayloads.CHAT, chat -> chat.put("sessionId", sessionId),
                MAX_BYTES);

        HttpResponse<String> response = postChunked(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(ExamplePayloads.JSON.readTree(response.body()).get("complaintId").asString())
                .isEqualTo(ComplaintIds.of(Channel.CHAT, sessionId));
        JsonNode complaint = ExamplePayloads.JSON.readTree(
                awaitRecords(ComplaintIds.of(Channel.CHAT, sessionId), 1).getFirst().value());
        assertThat(complaint.at("/text/customerText").asString()).isEqualTo("再不处理我就去银保监会投诉!");
    }

    /** POSTs the chat body without a Content-Length: a body publisher of unknown length is sent chunked. */
    private HttpResponse<String> postChunked(byte[] body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        assertThat(chunked.contentLength()).isNegative();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/complaints/chat"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + SuiteTestTokens.of("callcenter-fe", "INTAKE"))
                .POST(chunked)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String postChat(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/complaints/chat"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + SuiteTestTokens.of("callcenter-fe", "INTAKE"))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ExamplePayloads.JSON.readTree(response.body()).get("complaintId").asString();
    }

    /**
     * Reads complaints.received from the start, in a group of its own, until {@code count} records are about the
     * complaint (the topic is keyed by customer).
     */
    private static List<ConsumerRecord<String, String>> awaitRecords(String complaintId, int count) {
        try (TopicProbe probe = TopicProbe.of(Topics.COMPLAINTS_RECEIVED)) {
            return probe.awaitComplaintRecords(Topics.COMPLAINTS_RECEIVED, complaintId, count,
                    Duration.ofSeconds(30));
        }
    }
}
