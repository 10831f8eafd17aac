package org.complaintsuite.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.complaintsuite.e2e.evaluation.RunningSuite;
import org.complaintsuite.model.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Text PostgreSQL cannot hold, through the whole pipeline: every complaint intake accepts, whatever characters its
 * words carry (NUL and the other C0 controls, lone surrogates, emoji, supplementary CJK, a long text), over REST and
 * from the raw topic, becomes a case with an assessment and no assessment failure. Before StorableText a NUL was
 * accepted by intake and dead-lettered by risk scoring, leaving its case unassessed.
 */
@ExtendWith(RunningSuite.Extension.class)
class StorableTextPipelineIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Each written into JSON with every control character and surrogate as a \\uXXXX escape. */
    private static final List<String> FUZZ = List.of(
            "利息太高了\u0000再不处理我就投诉",
            "控制字符\u0001\u0002\u0007\b\u000B\f\u000E\u001B\u001F结束\r\n第二行\t完",
            "半个代理对\uD800在这里，另一半\uDC00在那里，结尾\uD83D",
            "😡😡😡 再不退钱我就去银保监会 🇨🇳 𠀀𪚥 \uFFFE\uFFFF",
            "长文本".repeat(1_500) + "\u0000");

    private static SuiteClient client;
    private static String bootstrapServers;

    @BeforeAll
    static void useRunningSuite(RunningSuite suite) {
        client = new SuiteClient(suite);
        bootstrapServers = suite.kafkaBootstrapServers();
    }

    @Test
    void everyFuzzedTextPostedToIntakeBecomesAnAssessedCase() throws Exception {
        List<String> complaintIds = new ArrayList<>();
        for (String text : FUZZ) {
            complaintIds.add(client.postComplaint("/api/v1/complaints/chat", chat("CHAT-FUZZ-" + UUID.randomUUID(), text)));
        }

        for (String complaintId : complaintIds) {
            JsonNode kase = client.awaitCase(complaintId, "assessed", SuiteClient::assessed, TIMEOUT);
            assertThat(kase.get("complaint").get("originalText").asString()).doesNotContain("\u0000");
        }
    }

    @Test
    void everyFuzzedTextFromTheRawTopicBecomesAnAssessedCase() throws Exception {
        List<String> sessions = new ArrayList<>();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            for (String text : FUZZ) {
                String sessionId = "CHAT-RAWFUZZ-" + UUID.randomUUID();
                sessions.add(sessionId);
                producer.send(new ProducerRecord<>(Topics.RAW_CHAT, sessionId, chat(sessionId, text))).get();
            }
        }

        for (String sessionId : sessions) {
            String complaintId = await("case of " + sessionId).atMost(TIMEOUT)
                    .until(() -> client.complaintIdOfReference(sessionId), java.util.Optional::isPresent).orElseThrow();
            client.awaitCase(complaintId, "assessed", SuiteClient::assessed, TIMEOUT);
        }
    }

    private static String chat(String sessionId, String text) {
        return """
                {"sessionId": "%s", "platform": "APP", "userId": "U-%s",
                 "messages": [{"from": "USER", "sentAt": 1760145302000, "text": "%s"}]}"""
                .formatted(sessionId, sessionId, escaped(text));
    }

    /** JSON string content with control characters, surrogates, quotes and backslashes escaped. */
    static String escaped(String text) {
        StringBuilder json = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                json.append("\\u%04x".formatted((int) c));
            }
            else if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            }
            else {
                json.append(c);
            }
        }
        return json.toString();
    }
}
