package org.complaintsuite.risk.quality;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.QualityFindings;
import org.complaintsuite.model.Topics;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.model.Utterance.Speaker;
import org.complaintsuite.risk.Complaints;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.TestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Calls and chats, complaints' and contacts', from their topics to what the agents' words were found to say (with
 * APR_NOT_STATED disabled, as operations may disable a rule).
 */
@SpringBootTest(properties = "risk.quality.disabled-rules=APR_NOT_STATED")
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class QualityCheckIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, Object> kafka;

    TopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = TopicProbe.of(Topics.QUALITY_FINDINGS);
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void aComplaintCallInWhichTheAgentThreatensToCallTheFamilyIsFoundWithTheAgentAndTheCall() {
        ComplaintReceived call = call("complaint-" + UUID.randomUUID(),
                new Utterance(Speaker.CUSTOMER, T0.plusSeconds(3), "我这个月实在还不上"),
                new Utterance(Speaker.AGENT, T0.plusSeconds(9), "您好，工号3021。再不还我们就联系你的家人", "A0192"));

        kafka.send(Topics.COMPLAINTS_RECEIVED, call.complaintId(), call);

        QualityFindings found = findings(call.complaintId());
        assertThat(found.kind()).isEqualTo(QualityFindings.Kind.COMPLAINT);
        assertThat(found.externalReference()).isEqualTo("CC-" + call.complaintId());
        assertThat(found.conversationAt()).isEqualTo(T0);
        assertThat(found.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("THIRD_PARTY_CONTACT");
            assertThat(finding.agentId()).isEqualTo("A0192");
            assertThat(finding.turn()).isEqualTo(1);
            assertThat(finding.saidAt()).isEqualTo(T0.plusSeconds(9));
            assertThat(finding.evidence().getFirst().value()).isEqualTo("联系你的家人");
        });
    }

    @Test
    void anOrdinaryContactIsCheckedTooAndACleanOneFindsNothing() {
        ComplaintReceived rude = call("contact-" + UUID.randomUUID(),
                new Utterance(Speaker.AGENT, T0, "工号3021，说了多少遍了，爱投诉就投诉", "A0193"));
        ComplaintReceived clean = call("contact-" + UUID.randomUUID(),
                new Utterance(Speaker.AGENT, T0, "您好，工号3021很高兴为您服务", "A0193"),
                new Utterance(Speaker.AGENT, T0.plusSeconds(5), "好的，已经为您登记，请您放心", "A0193"));

        String customer = "cid-" + UUID.randomUUID();
        kafka.send(Topics.CONTACTS_RECEIVED, customer, new ContactReceived(clean, "A0193", 60, "not flagged"));
        kafka.send(Topics.CONTACTS_RECEIVED, customer, new ContactReceived(rude, "A0193", 60, "not flagged"));

        QualityFindings found = findings(rude.complaintId());
        assertThat(found.kind()).isEqualTo(QualityFindings.Kind.CONTACT);
        assertThat(found.findings()).extracting(f -> f.rule()).containsExactly("RUDENESS");
        // the clean contact was sent first, to the same partition, so it was checked first: nothing came of it
        assertThat(probe.records(Topics.QUALITY_FINDINGS, clean.complaintId())).isEmpty();
    }

    @Test
    void aDisabledRuleFindsNothingAndTheOthersStillDo() {
        ComplaintReceived call = call("complaint-" + UUID.randomUUID(),
                new Utterance(Speaker.AGENT, T0, "工号3021，日利率是0.05%", "A0192"),
                new Utterance(Speaker.AGENT, T0, "你有完没完", "A0192"));

        kafka.send(Topics.COMPLAINTS_RECEIVED, call.complaintId(), call);

        assertThat(findings(call.complaintId()).findings()).extracting(f -> f.rule()).containsExactly("RUDENESS");
    }

    @Test
    void aConversationCheckedAgainIsPublishedWithTheSameIds() {
        ComplaintReceived call = call("complaint-" + UUID.randomUUID(),
                new Utterance(Speaker.AGENT, T0, "工号3021，保证给您全额退款", "A0192"),
                new Utterance(Speaker.AGENT, T0, "放心，保证不上征信", "A0192"));

        kafka.send(Topics.COMPLAINTS_RECEIVED, call.complaintId(), call);
        kafka.send(Topics.COMPLAINTS_RECEIVED, call.complaintId(), call);

        List<QualityFindings> both = probe.awaitRecords(Topics.QUALITY_FINDINGS, call.complaintId(), 2, TIMEOUT)
                .stream().map(record -> json.readValue(record.value(), QualityFindings.class)).toList();
        assertThat(both.get(0).eventId()).isEqualTo(both.get(1).eventId());
        assertThat(both.get(0).findings()).isEqualTo(both.get(1).findings());
        assertThat(both.get(0).findings()).extracting(f -> f.rule(), f -> f.turn())
                .containsExactly(tuple("UNKEEPABLE_PROMISE", 0), tuple("UNKEEPABLE_PROMISE", 1));
    }

    @Test
    void anUnreadableContactIsDeadLetteredByTheQualityGroupAndTheNextIsChecked() throws Exception {
        String key = "contact-" + UUID.randomUUID();
        try (TopicProbe dead = TopicProbe.of(Topics.deadLetter(Topics.CONTACTS_RECEIVED));
             var raw = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                     TestInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            raw.send(new ProducerRecord<>(Topics.CONTACTS_RECEIVED, key, "{not a contact")).get();
            ComplaintReceived next = call(key, new Utterance(Speaker.AGENT, T0, "闭嘴听我说", "A0194"));
            kafka.send(Topics.CONTACTS_RECEIVED, key, new ContactReceived(next, "A0194", 30, "not flagged")).get();

            List<ConsumerRecord<String, String>> letters = dead.awaitRecords(
                    Topics.deadLetter(Topics.CONTACTS_RECEIVED), key, 2, TIMEOUT);
            assertThat(letters).extracting(letter -> new String(
                    letter.headers().lastHeader("kafka_dlt-original-consumer-group").value(), StandardCharsets.UTF_8))
                    .contains("risk-scoring-service-quality");
            assertThat(findings(key).findings()).extracting(f -> f.rule()).contains("RUDENESS");
        }
    }

    private QualityFindings findings(String conversationId) {
        return json.readValue(probe.awaitRecord(Topics.QUALITY_FINDINGS, conversationId, TIMEOUT).value(),
                QualityFindings.class);
    }

    private static ComplaintReceived call(String id, Utterance... conversation) {
        return Complaints.complaint(id).source(ComplaintSource.PHONE)
                .externalReference("CC-" + id).receivedAt(T0).conversation(conversation).build();
    }
}
