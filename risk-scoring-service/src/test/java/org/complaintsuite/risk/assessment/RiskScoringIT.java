package org.complaintsuite.risk.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Topics;
import org.complaintsuite.risk.Complaints;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.TestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class RiskScoringIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, Object> kafka;

    TopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = TopicProbe.of(Topics.COMPLAINTS_ASSESSED, Topics.deadLetter(Topics.COMPLAINTS_RECEIVED));
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void aReceivedComplaintIsAssessedWithItsSignalsAndEvidence() {
        kafka.send(Topics.COMPLAINTS_RECEIVED, "risk-it-1", Complaints.chat("risk-it-1", "再不处理我就去银保监会投诉！"));

        ConsumerRecord<String, String> record = probe.awaitRecord(Topics.COMPLAINTS_ASSESSED, "risk-it-1", TIMEOUT);

        JsonNode assessed = json.readTree(record.value());
        assertThat(assessed.get("complaintId").asString()).isEqualTo("risk-it-1");
        JsonNode signal = assessed.get("escalation").get("signals").get(0);
        assertThat(signal.get("code").asString()).isEqualTo("REGULATOR_THREAT");
        assertThat(signal.get("evidence").get(0).get("value").asString()).isEqualTo("银保监会");
        assertThat(assessed.get("proxy").get("level").asString()).isEqualTo("LOW");
    }

    /** A producer other than intake may send text jsonb refuses: it is stored with U+FFFD, never dead-lettered. */
    @Test
    void aComplaintWithNulAndLoneSurrogatesInItsTextIsStillAssessed() {
        String text = "上个月多扣了\u0000两百块，不退我就找银保监会\u0007！\uD800";
        kafka.send(Topics.COMPLAINTS_RECEIVED, "risk-it-nul", Complaints.complaint("risk-it-nul").text(text).build());

        ConsumerRecord<String, String> record = probe.awaitRecord(Topics.COMPLAINTS_ASSESSED, "risk-it-nul", TIMEOUT);

        JsonNode assessed = json.readTree(record.value());
        assertThat(assessed.get("escalation").get("signals").get(0).get("code").asString())
                .isEqualTo("REGULATOR_THREAT");
        probe.poll();
        assertThat(probe.records(Topics.deadLetter(Topics.COMPLAINTS_RECEIVED), "risk-it-nul")).isEmpty();
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicWithItsReasonAndThePartitionMovesOn() throws Exception {
        byte[] garbage = "{this is not json".getBytes(StandardCharsets.UTF_8);
        try (var raw = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(Topics.COMPLAINTS_RECEIVED, "risk-it-bad", garbage)).get();
        }
        kafka.send(Topics.COMPLAINTS_RECEIVED, "risk-it-bad", Complaints.chat("risk-it-bad", "利息太高了")).get();

        ConsumerRecord<String, String> dead = probe.awaitRecord(Topics.deadLetter(Topics.COMPLAINTS_RECEIVED),
                "risk-it-bad", TIMEOUT);

        assertThat(dead.value()).isEqualTo("{this is not json");
        assertThat(header(dead, "kafka_dlt-exception-message")).isNotBlank();
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.COMPLAINTS_RECEIVED);
        // the good record behind it, same key and so same partition, is still assessed
        probe.awaitRecord(Topics.COMPLAINTS_ASSESSED, "risk-it-bad", TIMEOUT);
    }

    /**
     * The listener takes batches: a complaint that cannot be scored (here: no customer) is dead-lettered with its
     * reason after its retries, and the complaints before and after it in the partition are still assessed.
     */
    @Test
    void aComplaintThatCannotBeScoredIsDeadLetteredWhileTheRestOfItsBatchIsAssessed() throws Exception {
        // no contact details: they link to nothing the other tests send
        ComplaintReceived good = Complaints.complaint("risk-it-batch-before").text("利息太高了").build();
        ComplaintReceived broken = Complaints.complaint("risk-it-batch-broken").build();
        ComplaintReceived noCustomer = new ComplaintReceived(broken.eventId(), broken.occurredAt(),
                broken.complaintId(), broken.channel(), broken.source(), broken.externalReference(),
                broken.receivedAt(), null, null, broken.text(), null, List.of(), List.of());
        ComplaintReceived after = Complaints.complaint("risk-it-batch-after").text("再不处理我就去银保监会投诉！").build();
        // one partition, in this order, sent at once: one batch if the listener is idle, and in order whatever
        for (ComplaintReceived complaint : List.of(good, noCustomer, after)) {
            kafka.send(Topics.COMPLAINTS_RECEIVED, 0, complaint.complaintId(), complaint);
        }
        kafka.flush();

        ConsumerRecord<String, String> dead = probe.awaitRecord(Topics.deadLetter(Topics.COMPLAINTS_RECEIVED),
                "risk-it-batch-broken", TIMEOUT);

        assertThat(header(dead, "kafka_dlt-exception-stacktrace")).contains("NullPointerException");
        assertThat(header(dead, "kafka_dlt-original-offset")).isNotBlank();
        assertThat(json.readTree(dead.value()).get("complaintId").asString()).isEqualTo("risk-it-batch-broken");
        probe.awaitRecord(Topics.COMPLAINTS_ASSESSED, "risk-it-batch-before", TIMEOUT);
        probe.awaitRecord(Topics.COMPLAINTS_ASSESSED, "risk-it-batch-after", TIMEOUT);
        probe.poll();
        assertThat(probe.records(Topics.COMPLAINTS_ASSESSED, "risk-it-batch-broken")).isEmpty();
        assertThat(probe.records(Topics.deadLetter(Topics.COMPLAINTS_RECEIVED), "risk-it-batch-before")).isEmpty();
        assertThat(probe.records(Topics.deadLetter(Topics.COMPLAINTS_RECEIVED), "risk-it-batch-after")).isEmpty();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
