package org.complaintsuite.risk.prevention;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.Topics;
import org.complaintsuite.risk.Complaints;
import org.complaintsuite.risk.assessment.AssessmentService;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.TestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;

/** Contacts from contacts.received to their complaint propensity on contacts.assessed, with the customer's history. */
@SpringBootTest
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class ContactScoringIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2025-10-20T02:00:00Z");
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    AssessmentService complaints;

    TopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = TopicProbe.of(Topics.CONTACTS_ASSESSED);
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void anUnhappyContactIsAssessedWithTheModelsReadingAndItsCues() {
        String customer = "cid-" + UUID.randomUUID();
        ContactReceived contact = contact(customer, "乱收费，根本没有说明，太坑了", T0);

        kafka.send(Topics.CONTACTS_RECEIVED, customer, contact);

        JsonNode assessed = assessed(contact.contactId());
        assertThat(assessed.get("customerKey").asString()).isEqualTo(customer);
        assertThat(assessed.get("dissatisfaction").asDouble()).isGreaterThan(0.95);
        JsonNode signal = assessed.at("/propensity/signals").valueStream()
                .filter(s -> s.get("code").asString().equals("DISSATISFACTION")).findFirst().orElseThrow();
        assertThat(signal.get("weight").asInt()).isEqualTo(30);
        assertThat(signal.at("/evidence/0/kind").asString()).isEqualTo("TEXT_SPAN");
        assertThat(assessed.at("/propensity/score").asInt()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aCustomerWhoGotInTouchTwiceThatWeekAndComplainedBeforeScoresTheirHistory() {
        String customer = "cid-" + UUID.randomUUID();
        ComplaintReceived earlier = Complaints.complaint("complaint-" + UUID.randomUUID()).customerKey(customer)
                .receivedAt(T0.minus(Duration.ofDays(40))).text("利息太高").build();
        complaints.score(earlier);
        List<ContactReceived> contacts = List.of(contact(customer, "好的，谢谢你的帮助", T0.minus(Duration.ofDays(3))),
                contact(customer, "好的，谢谢你的帮助", T0.minus(Duration.ofDays(1))),
                contact(customer, "好的，谢谢你的帮助", T0));

        contacts.forEach(contact -> kafka.send(Topics.CONTACTS_RECEIVED, customer, contact));

        JsonNode first = assessed(contacts.getFirst().contactId());
        JsonNode third = assessed(contacts.getLast().contactId());
        assertThat(codes(first)).containsExactly("COMPLAINED_BEFORE");
        assertThat(codes(third)).containsExactly("REPEATED_CONTACTS", "COMPLAINED_BEFORE");
        assertThat(third.at("/propensity/signals/1/evidence/0/value").asString()).isEqualTo(earlier.complaintId());
        assertThat(third.at("/propensity/score").asInt()).isEqualTo(35);
        assertThat(third.at("/propensity/level").asString()).isEqualTo("MEDIUM");
    }

    @Test
    void aContactScoredAgainReadsTheSameHistoryAndComesOutTheSame() {
        String customer = "cid-" + UUID.randomUUID();
        ContactReceived contact = contact(customer, "好的，谢谢你的帮助", T0);

        kafka.send(Topics.CONTACTS_RECEIVED, customer, contact);
        JsonNode first = assessed(contact.contactId());
        kafka.send(Topics.CONTACTS_RECEIVED, customer, contact);

        List<JsonNode> both = probe.awaitRecords(Topics.CONTACTS_ASSESSED, contact.contactId(), 2, TIMEOUT).stream().map(record -> json.readTree(record.value())).toList();
        assertThat(both).hasSize(2).allSatisfy(assessed -> assertThat(assessed.get("propensity"))
                .isEqualTo(first.get("propensity")));
    }

    @Test
    void anUnreadableContactGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsScored() throws Exception {
        String customer = "cid-" + UUID.randomUUID();
        try (TopicProbe dead = TopicProbe.of(Topics.deadLetter(Topics.CONTACTS_RECEIVED));
             var raw = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                     TestInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            raw.send(new ProducerRecord<>(Topics.CONTACTS_RECEIVED, customer, "{not a contact")).get();
            ContactReceived next = contact(customer, "好的，谢谢你的帮助", T0);
            kafka.send(Topics.CONTACTS_RECEIVED, customer, next).get();

            ConsumerRecord<String, String> letter = dead.awaitRecord(Topics.deadLetter(Topics.CONTACTS_RECEIVED),
                    customer, TIMEOUT);
            assertThat(letter.value()).isEqualTo("{not a contact");
            assertThat(new String(letter.headers().lastHeader("kafka_dlt-exception-message").value(),
                    StandardCharsets.UTF_8)).isNotBlank();
            assertThat(assessed(next.contactId()).at("/propensity/score").asInt()).isZero();
        }
    }

    private JsonNode assessed(String contactId) {
        return json.readTree(probe.awaitRecord(Topics.CONTACTS_ASSESSED, contactId, TIMEOUT).value());
    }

    private static List<String> codes(JsonNode assessed) {
        return assessed.at("/propensity/signals").valueStream().map(signal -> signal.get("code").asString()).toList();
    }

    private static ContactReceived contact(String customerKey, String words, Instant at) {
        ComplaintReceived normalized = Complaints.complaint("contact-" + UUID.randomUUID()).customerKey(customerKey)
                .receivedAt(at).text(words).build();
        return new ContactReceived(normalized, "A0192", 95, "the call was not flagged as a complaint");
    }
}
