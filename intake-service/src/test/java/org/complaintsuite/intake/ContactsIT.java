package org.complaintsuite.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.TestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;
import org.complaintsuite.testsupport.security.SuiteTestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** With contacts diverted: ordinary calls and chats go to contacts.received, over REST and from the raw topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"intake.id-hash-key=integration-test-key", "intake.contacts.divert=true"})
@Import(KafkaTestInfrastructure.class)
class ContactsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Test
    void aCallNotFlaggedAsAComplaintIsAContactOnItsOwnTopicWithTheAgentAndTheReasonAndNoComplaint() throws Exception {
        String callId = "CC-" + UUID.randomUUID();
        String call = ExamplePayloads.json(ExamplePayloads.PHONE, payload -> payload.put("callId", callId)
                .put("complaintFlag", false));

        JsonNode answer = post("phone", call);

        String contactId = ComplaintIds.of(Channel.PHONE, callId);
        assertThat(answer.get("kind").asString()).isEqualTo("CONTACT");
        assertThat(answer.get("contactId").asString()).isEqualTo(contactId);
        assertThat(answer.has("complaintId")).isFalse();
        try (TopicProbe probe = TopicProbe.of(Topics.CONTACTS_RECEIVED, Topics.COMPLAINTS_RECEIVED)) {
            JsonNode contact = ExamplePayloads.JSON.readTree(probe.awaitComplaintRecords(Topics.CONTACTS_RECEIVED,
                    contactId, 1, TIMEOUT).getFirst().value());
            assertThat(contact.at("/contact/complaintId").asString()).isEqualTo(contactId);
            assertThat(contact.at("/contact/text/customerText").asString()).isEqualTo("你们提前还款为什么还扣我利息");
            assertThat(contact.get("agentId").asString()).isEqualTo("A0192");
            assertThat(contact.get("durationSeconds").asInt()).isEqualTo(412);
            assertThat(contact.get("notComplaintBecause").asString()).contains("complaintFlag false");
            // the 202 came after the broker acknowledged: a complaint record would be there already
            probe.poll();
            assertThat(probe.complaintRecords(Topics.COMPLAINTS_RECEIVED, contactId)).isEmpty();
        }
    }

    @Test
    void aCallerWhoSaysTheyWantToComplainIsAComplaintWhateverTheFlag() throws Exception {
        String callId = "CC-" + UUID.randomUUID();
        String call = ExamplePayloads.json(ExamplePayloads.PHONE, payload -> {
            payload.put("callId", callId).put("complaintFlag", false);
            ((ObjectNode) payload.withArray("transcript").get(0)).put("text", "扣款不对，我要投訴你们");
        });

        JsonNode answer = post("phone", call);

        assertThat(answer.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(answer.get("complaintId").asString()).isEqualTo(ComplaintIds.of(Channel.PHONE, callId));
        try (TopicProbe probe = TopicProbe.of(Topics.COMPLAINTS_RECEIVED)) {
            assertThat(probe.awaitComplaintRecords(Topics.COMPLAINTS_RECEIVED, answer.get("complaintId").asString(),
                    1, TIMEOUT)).hasSize(1);
        }
    }

    @Test
    void fromTheRawTopicAChatWithoutComplaintTagIsAContactAndOneWithTheTagAComplaintEachInItsTopic() throws Exception {
        String plain = "CHAT-" + UUID.randomUUID();
        String tagged = "CHAT-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW_CHAT, plain, chat(plain, List.of("咨询")))).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(Topics.RAW_CHAT, tagged, chat(tagged, List.of("投诉"))))
                    .get(30, TimeUnit.SECONDS);
        }

        try (TopicProbe probe = TopicProbe.of(Topics.CONTACTS_RECEIVED, Topics.COMPLAINTS_RECEIVED)) {
            String contactId = ComplaintIds.of(Channel.CHAT, plain);
            String complaintId = ComplaintIds.of(Channel.CHAT, tagged);
            JsonNode contact = ExamplePayloads.JSON.readTree(probe.awaitComplaintRecords(Topics.CONTACTS_RECEIVED,
                    contactId, 1, TIMEOUT).getFirst().value());
            assertThat(contact.get("notComplaintBecause").asString()).contains("no complaint tag");
            assertThat(probe.awaitComplaintRecords(Topics.COMPLAINTS_RECEIVED, complaintId, 1, TIMEOUT)).hasSize(1);
            assertThat(probe.complaintRecords(Topics.COMPLAINTS_RECEIVED, contactId)).isEmpty();
            assertThat(probe.complaintRecords(Topics.CONTACTS_RECEIVED, complaintId)).isEmpty();
        }
    }

    /** The example chat with the customer asking a plain question, with these tags. */
    private static String chat(String sessionId, List<String> tags) {
        return ExamplePayloads.json(ExamplePayloads.CHAT, chat -> {
            chat.put("sessionId", sessionId);
            ((ObjectNode) chat.withArray("messages").get(0)).put("text", "请问我的账单什么时候出");
            var array = chat.putArray("tags");
            tags.forEach(array::add);
        });
    }

    private JsonNode post(String channel, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/complaints/"
                        + channel))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + SuiteTestTokens.of("callcenter-fe", "INTAKE"))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ExamplePayloads.JSON.readTree(response.body());
    }
}
