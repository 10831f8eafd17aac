package org.complaintsuite.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.TestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upstream systems' raw topics, consumed by the running service from a real broker: what arrives on
 * complaints.received, and what goes to the dead-letter topics. Every test uses external references of its own, so
 * that it only ever sees its own records.
 */
// the same configuration as ComplaintIntakeIT, so that both share one application context: a second context would
// join the same consumer group and take some of the raw topics' partitions
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "intake.id-hash-key=integration-test-key")
@Import(KafkaTestInfrastructure.class)
class RawTopicsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CHAT_DLT = Topics.deadLetter(Topics.RAW_CHAT);

    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void startProducer() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void rawPhoneCallIsNormalizedOntoComplaintsReceivedUnderItsDerivedComplaintId() throws Exception {
        String callId = "CC-" + UUID.randomUUID();
        send(Topics.RAW_PHONE, callId, ExamplePayloads.json(ExamplePayloads.PHONE, call -> call.put("callId", callId)));

        String complaintId = ComplaintIds.of(Channel.PHONE, callId);
        JsonNode complaint = awaitComplaints(complaintId, 1).getFirst();

        assertThat(complaint.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(complaint.get("channel").asString()).isEqualTo("PHONE");
        assertThat(complaint.get("source").asString()).isEqualTo("PHONE");
        assertThat(complaint.get("externalReference").asString()).isEqualTo(callId);
        assertThat(complaint.get("receivedAt").asString()).isEqualTo("2025-10-11T01:15:02Z");
        assertThat(complaint.at("/customer/customerId").asString()).isEqualTo("C100234");
        assertThat(complaint.at("/customer/phone").asString()).isEqualTo("+8613800138000");
        assertThat(complaint.at("/customer/customerKey").asString()).startsWith("cid-");
        assertThat(complaint.at("/text/customerText").asString()).isEqualTo("你们提前还款为什么还扣我利息");
        assertThat(complaint.at("/text/agentSummary").asString()).isEqualTo("客户对提前还款扣款不满");
        assertThat(complaint.get("normalizationWarnings").isEmpty()).isTrue();
    }

    @Test
    void rawChatIsNormalizedOntoComplaintsReceivedUnderItsDerivedComplaintId() throws Exception {
        String sessionId = "CHAT-" + UUID.randomUUID();
        send(Topics.RAW_CHAT, sessionId, chat(sessionId));

        String complaintId = ComplaintIds.of(Channel.CHAT, sessionId);
        JsonNode complaint = awaitComplaints(complaintId, 1).getFirst();

        assertThat(complaint.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(complaint.get("channel").asString()).isEqualTo("CHAT");
        assertThat(complaint.get("source").asString()).isEqualTo("APP");
        assertThat(complaint.get("externalReference").asString()).isEqualTo(sessionId);
        assertThat(complaint.get("receivedAt").asString()).isEqualTo("2025-10-11T01:15:02Z");
        assertThat(complaint.at("/customer/customerId").asString()).isEqualTo("C100234");
        assertThat(complaint.at("/customer/phone").asString()).isEqualTo("+8613800138000");
        assertThat(complaint.at("/text/customerText").asString()).isEqualTo("再不处理我就去银保监会投诉!");
        assertThat(complaint.at("/text/originalText").asString()).isEqualTo("再不处理我就去银保监会投诉！");
        assertThat(complaint.get("normalizationWarnings").isEmpty()).isTrue();
    }

    @Test
    void rawRegulatorTransferIsNormalizedOntoComplaintsReceivedUnderItsDerivedComplaintId() throws Exception {
        String caseNumber = "NFRA-" + UUID.randomUUID();
        send(Topics.RAW_REGULATOR, caseNumber,
                ExamplePayloads.json(ExamplePayloads.REGULATOR, transfer -> transfer.put("caseNumber", caseNumber)));

        String complaintId = ComplaintIds.of(Channel.REGULATOR, caseNumber);
        ConsumerRecord<String, String> record = awaitReceived(complaintId, 1).getFirst();
        JsonNode complaint = ExamplePayloads.JSON.readTree(record.value());

        assertThat(complaint.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(complaint.get("channel").asString()).isEqualTo("REGULATOR");
        assertThat(complaint.get("source").asString()).isEqualTo("NFRA_12378");
        assertThat(complaint.get("externalReference").asString()).isEqualTo(caseNumber);
        assertThat(complaint.get("receivedAt").asString()).isEqualTo("2025-10-09T08:20:00Z");
        assertThat(complaint.at("/regulator/caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(complaint.at("/regulator/deadline").asString()).isEqualTo("2025-10-24");
        assertThat(complaint.at("/customer/idNumberMasked").asString()).isEqualTo("4403**********123X");
        assertThat(complaint.at("/customer/customerKey").asString()).startsWith("idn-");
        assertThat(complaint.at("/customer/addressKey").asString()).isEqualTo("广东省深圳市南山区科技园路1号");
        assertThat(complaint.at("/representative/powerOfAttorney").asBoolean()).isTrue();
        assertThat(complaint.at("/text/businessType").asString()).isEqualTo("LOAN");
        assertThat(complaint.at("/normalizationWarnings/0").asString()).startsWith("complainant.idNumber");
        assertThat(record.value()).doesNotContain("44030119850101123X");
    }

    @Test
    void rawRecordDeliveredTwiceIsPublishedTwiceUnderOneComplaintId() throws Exception {
        String sessionId = "CHAT-" + UUID.randomUUID();
        send(Topics.RAW_CHAT, sessionId, chat(sessionId));
        send(Topics.RAW_CHAT, sessionId, chat(sessionId));

        // downstream consumers dedupe by complaint id; intake only has to keep the id stable
        List<JsonNode> complaints = awaitComplaints(ComplaintIds.of(Channel.CHAT, sessionId), 2);

        assertThat(complaints).extracting(complaint -> complaint.get("complaintId").asString())
                .containsOnly(ComplaintIds.of(Channel.CHAT, sessionId));
        assertThat(complaints).extracting(complaint -> complaint.get("eventId").asString()).doesNotHaveDuplicates();
    }

    @Test
    void recordThatIsNotJsonGoesToTheDeadLetterTopicAsItWasAndTheNextRecordIsStillNormalized() throws Exception {
        String sessionId = "CHAT-" + UUID.randomUUID();
        String notJson = "这不是JSON: {\"sessionId\": " + sessionId;
        send(Topics.RAW_CHAT, sessionId, notJson);
        // the same key, so the same partition: it must not be stuck behind the unreadable record
        send(Topics.RAW_CHAT, sessionId, chat(sessionId));

        try (TopicProbe probe = TopicProbe.of(CHAT_DLT, Topics.COMPLAINTS_RECEIVED)) {
            ConsumerRecord<String, String> dead = probe.awaitRecord(CHAT_DLT, sessionId, TIMEOUT);
            assertThat(dead.value()).isEqualTo(notJson);
            assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.RAW_CHAT);
            assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();

            ConsumerRecord<String, String> next = probe.awaitComplaintRecords(Topics.COMPLAINTS_RECEIVED,
                    ComplaintIds.of(Channel.CHAT, sessionId), 1, TIMEOUT).getLast();
            assertThat(ExamplePayloads.JSON.readTree(next.value()).get("externalReference").asString())
                    .isEqualTo(sessionId);
        }
    }

    @Test
    void batchWithAnInvalidRecordInTheMiddlePublishesEveryOtherRecordOnceAndDeadLettersTheInvalidOne()
            throws Exception {
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sessions.add("CHAT-" + UUID.randomUUID());
        }
        String invalidKey = "CHAT-" + UUID.randomUUID();
        // sent without waiting, so that the listener most likely takes them in one poll
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            if (i == 5) {
                sent.add(producer.send(new ProducerRecord<>(Topics.RAW_CHAT, invalidKey,
                        ExamplePayloads.json(ExamplePayloads.CHAT, chat -> chat.remove("messages")))));
            }
            sent.add(producer.send(new ProducerRecord<>(Topics.RAW_CHAT, sessions.get(i), chat(sessions.get(i)))));
        }
        for (Future<?> future : sent) {
            future.get(30, TimeUnit.SECONDS);
        }

        assertThat(header(awaitRecords(CHAT_DLT, invalidKey, 1).getFirst(), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("messages");
        try (TopicProbe probe = TopicProbe.of(Topics.COMPLAINTS_RECEIVED)) {
            for (String session : sessions) {
                probe.awaitComplaintRecords(Topics.COMPLAINTS_RECEIVED, ComplaintIds.of(Channel.CHAT, session), 1,
                        TIMEOUT);
            }
            for (String session : sessions) {
                assertThat(probe.complaintRecords(Topics.COMPLAINTS_RECEIVED, ComplaintIds.of(Channel.CHAT, session)))
                        .as(session).hasSize(1);
            }
        }
    }

    @Test
    void recordWithoutARequiredFieldGoesToTheDeadLetterTopicNamingTheField() throws Exception {
        String key = "CHAT-" + UUID.randomUUID();
        String withoutSessionId = ExamplePayloads.json(ExamplePayloads.CHAT, chat -> chat.remove("sessionId"));
        send(Topics.RAW_CHAT, key, withoutSessionId);

        ConsumerRecord<String, String> dead = awaitRecords(CHAT_DLT, key, 1).getFirst();

        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("sessionId");
        assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.RAW_CHAT);
        assertThat(ExamplePayloads.JSON.readTree(dead.value()).get("messages").isArray()).isTrue();
    }

    @Test
    void recordOfTheWrongShapeGoesToTheDeadLetterTopic() throws Exception {
        String sessionId = "CHAT-" + UUID.randomUUID();
        String wrongShape = ExamplePayloads.json(ExamplePayloads.CHAT, chat -> {
            chat.put("sessionId", sessionId);
            chat.put("messages", "再不处理我就去银保监会投诉！");
        });
        send(Topics.RAW_CHAT, sessionId, wrongShape);

        ConsumerRecord<String, String> dead = awaitRecords(CHAT_DLT, sessionId, 1).getFirst();

        assertThat(dead.value()).isEqualTo(wrongShape);
        assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.RAW_CHAT);
        // the message is the deserializer's generic one; Jackson's account of the field is in the stack trace
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).contains("messages");
    }

    @Test
    void invalidRegulatorTransferReachesTheDeadLetterTopicWithTheIdNumberMaskedAndTheReasonKept() throws Exception {
        String caseNumber = "NFRA-" + UUID.randomUUID();
        String withoutContent = ExamplePayloads.json(ExamplePayloads.REGULATOR, transfer -> {
            transfer.put("caseNumber", caseNumber);
            transfer.put("content", " ");
            transfer.put("demands", "身份证号44030119850101123X的客户要求退款");
        });
        send(Topics.RAW_REGULATOR, caseNumber, withoutContent);

        ConsumerRecord<String, String> dead = awaitRecords(Topics.deadLetter(Topics.RAW_REGULATOR), caseNumber, 1)
                .getFirst();

        assertThat(dead.value()).doesNotContain("44030119850101123X").contains("4403**********123X");
        assertThat(ExamplePayloads.JSON.readTree(dead.value()).get("caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("content");
        assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.RAW_REGULATOR);
    }

    @Test
    void unreadableRegulatorTransferReachesTheDeadLetterTopicWithTheIdNumberMasked() throws Exception {
        String caseNumber = "NFRA-" + UUID.randomUUID();
        String notJson = "{\"caseNumber\": \"" + caseNumber + "\", \"complainant\": {\"idNumber\": \"44030119850101123X\"";
        send(Topics.RAW_REGULATOR, caseNumber, notJson);

        ConsumerRecord<String, String> dead = awaitRecords(Topics.deadLetter(Topics.RAW_REGULATOR), caseNumber, 1)
                .getFirst();

        assertThat(dead.value()).isEqualTo(notJson.replace("44030119850101123X", "4403**********123X"));
    }

    private static String chat(String sessionId) {
        return ExamplePayloads.json(ExamplePayloads.CHAT, chat -> chat.put("sessionId", sessionId));
    }

    private static void send(String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }

    private static List<JsonNode> awaitComplaints(String complaintId, int count) {
        return awaitReceived(complaintId, count).stream()
                .map(record -> ExamplePayloads.JSON.readTree(record.value())).toList();
    }

    /** The records about the complaint on complaints.received, keyed by its customer. */
    private static List<ConsumerRecord<String, String>> awaitReceived(String complaintId, int count) {
        try (TopicProbe probe = TopicProbe.of(Topics.COMPLAINTS_RECEIVED)) {
            return probe.awaitComplaintRecords(Topics.COMPLAINTS_RECEIVED, complaintId, count, TIMEOUT);
        }
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int count) {
        try (TopicProbe probe = TopicProbe.of(topic)) {
            return probe.awaitRecords(topic, key, count, TIMEOUT);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
