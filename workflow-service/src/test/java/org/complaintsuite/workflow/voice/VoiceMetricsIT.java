package org.complaintsuite.workflow.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.result.JsonPathResultMatchers;

import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.ProductTopic;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintsuite.model.ProductTopic.DEDUCTION;
import static org.complaintsuite.model.ProductTopic.INTEREST_AND_FEES;
import static org.complaintsuite.model.ProductTopic.SERVICE;
import static org.complaintsuite.workflow.TestTokens.as;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 溯源 through the care consumer group: contacts, their assessments and complaints published on their topics, in
 * days no other test uses (March 2019, Beijing). The period 03-01 to 03-15 splits into the rising windows [03-01,
 * 03-08) and [03-08, 03-15).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class VoiceMetricsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant BEFORE = Instant.parse("2019-03-02T02:00:00Z");
    private static final Instant NOW = Instant.parse("2019-03-10T15:30:00Z"); // 23:30 in Beijing: still the 10th
    private static final String PERIOD = "from=2019-03-01&to=2019-03-15";
    private static final String KEY = "voice-it";

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaAdmin admin;

    /**
     * The contact topics are created by intake and risk scoring, not by workflow: made here before the first send, so
     * that it does not wait for the broker to create them on a loaded machine.
     */
    @BeforeEach
    void contactTopicsExist() {
        admin.createOrModifyTopics(
                TopicBuilder.name(Topics.CONTACTS_RECEIVED).partitions(TestInfrastructure.PARTITIONS).replicas(1).build(),
                TopicBuilder.name(Topics.CONTACTS_ASSESSED).partitions(TestInfrastructure.PARTITIONS).replicas(1).build());
    }

    @Test
    void dissatisfactionIsCountedByTopicDayAndChannelOnceHoweverOftenItComes() throws Exception {
        List<Object> before = List.of(complaint(BEFORE, Channel.PHONE, DEDUCTION),
                contact(BEFORE, Channel.PHONE, DEDUCTION), assessed(BEFORE, 0.9));
        ComplaintReceived againAsComplaint = complaint(NOW, Channel.CHAT, SERVICE);
        List<Object> now = List.of(complaint(NOW, Channel.PHONE, DEDUCTION),
                complaint(NOW, Channel.CHAT, DEDUCTION, INTEREST_AND_FEES),
                contact(NOW, Channel.CHAT, DEDUCTION), assessed(NOW, 0.97),
                contact(NOW, Channel.PHONE, DEDUCTION), assessed(NOW, 0.85),
                contact(NOW, Channel.PHONE, DEDUCTION), assessed(NOW, 0.75),
                new ContactReceived(againAsComplaint, null, null, "not tagged"), assessed(againAsComplaint, 0.3),
                againAsComplaint);
        List<Object> all = withIds(before, now);
        all.forEach(this::publish);

        await().atMost(TIMEOUT).until(() -> count("") == 8 && count("AND kind = 'COMPLAINT'") == 4
                && count("AND dissatisfaction IS NOT NULL AND channel IS NOT NULL") == 5);
        expectTheFigures();

        // everything again, then a marker on each topic: one key, one partition, so the marker comes after the rest
        all.forEach(this::publish);
        ComplaintReceived markerComplaint = complaint(Instant.parse("2019-04-01T02:00:00Z"), Channel.PHONE);
        ContactReceived markerContact = contact(Instant.parse("2019-04-01T02:00:00Z"), Channel.PHONE);
        List.of(markerComplaint, markerContact, assessed(markerContact.contact(), 0.1)).forEach(this::publish);
        await().atMost(TIMEOUT).until(() -> jdbc.sql("SELECT count(*) FROM customer_voice WHERE id = :complaint "
                + "OR (id = :contact AND channel IS NOT NULL AND dissatisfaction IS NOT NULL)")
                .param("complaint", markerComplaint.complaintId()).param("contact", markerContact.contactId())
                .query(Long.class).single() == 2);
        assertThat(count("")).isEqualTo(8);
        expectTheFigures();
        voice(PERIOD + "&by=CHANNEL").andExpect(status().isOk())
                .andExpect(day("2019-03-10", "CHAT", "contacts").value(1))
                .andExpect(day("2019-03-10", "CHAT", "complaints").value(2))
                .andExpect(day("2019-03-10", "PHONE", "contacts").value(2));
        voice(PERIOD + "&by=business_type").andExpect(status().isOk())
                .andExpect(day("2019-03-10", BusinessType.LOAN.name(), "complaints").value(3));
    }

    private void expectTheFigures() throws Exception {
        voice(PERIOD + "&by=TOPIC").andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("TOPIC"))
                .andExpect(day("2019-03-02", "DEDUCTION", "contacts").value(1))
                .andExpect(day("2019-03-02", "DEDUCTION", "dissatisfiedContacts").value(1))
                .andExpect(day("2019-03-02", "DEDUCTION", "complaints").value(1))
                .andExpect(day("2019-03-10", "DEDUCTION", "contacts").value(3))
                .andExpect(day("2019-03-10", "DEDUCTION", "dissatisfiedContacts").value(2))
                .andExpect(day("2019-03-10", "DEDUCTION", "complaints").value(2))
                .andExpect(day("2019-03-10", "DEDUCTION", "dissatisfiedVoices").value(4))
                .andExpect(day("2019-03-10", "DEDUCTION", "dissatisfactionRate").value(contains(closeTo(0.8, 1e-9))))
                .andExpect(day("2019-03-10", "SERVICE", "contacts").value(0))
                .andExpect(day("2019-03-10", "SERVICE", "complaints").value(1))
                .andExpect(jsonPath("$.risingSince").value("2019-03-08"))
                .andExpect(jsonPath("$.rising.length()").value(1))
                .andExpect(jsonPath("$.rising[0].value").value("DEDUCTION"))
                .andExpect(jsonPath("$.rising[0].dissatisfiedBefore").value(2))
                .andExpect(jsonPath("$.rising[0].dissatisfiedNow").value(4))
                .andExpect(jsonPath("$.rising[0].increase").value(2))
                .andExpect(jsonPath("$.rising[0].rateBefore").value(closeTo(1.0, 1e-9)))
                .andExpect(jsonPath("$.rising[0].rateNow").value(closeTo(0.8, 1e-9)));
    }

    @Test
    void badParametersAreA400ListingEachField() throws Exception {
        voice("from=2019-03-15&to=2019-03-01&by=product").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'by')].message")
                        .value("must be one of TOPIC, BUSINESS_TYPE, CHANNEL"))
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message")
                        .value("must be after from (the period is [from, to))"));
        voice("to=2019-03-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        voice("from=2017-01-01&to=2019-01-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 366 days after from"));
    }

    @Test
    void onlyOperationsAndSupervisorsReadTheFigures() throws Exception {
        mvc.perform(get("/api/v1/metrics/voice?" + PERIOD)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/metrics/voice?" + PERIOD).with(as("agent-li", "AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/metrics/voice?" + PERIOD).with(as("lead-wang", "SUPERVISOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.by").value("TOPIC"));
    }

    private ResultActions voice(String query) throws Exception {
        return mvc.perform(get("/api/v1/metrics/voice?" + query).with(as("ops-zhao", "OPERATIONS")));
    }

    private static JsonPathResultMatchers day(String day, String value, String field) {
        return jsonPath("$.days[?(@.day == '%s' && @.value == '%s')].%s".formatted(day, value, field));
    }

    /**
     * Every record under one key, so that each topic's records arrive in the order sent; each sent once the one before
     * was acknowledged, and sent again if the broker did not acknowledge it in time (a record written twice is what
     * the figures must withstand anyway).
     */
    private void publish(Object record) {
        String topic = switch (record) {
            case ComplaintReceived complaint -> Topics.COMPLAINTS_RECEIVED;
            case ContactReceived contact -> Topics.CONTACTS_RECEIVED;
            case ContactAssessed assessed -> Topics.CONTACTS_ASSESSED;
            default -> throw new IllegalArgumentException(record.getClass().getName());
        };
        await().atMost(TIMEOUT).ignoreExceptions().until(() -> kafka.send(topic, KEY, record).get() != null);
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM customer_voice WHERE day BETWEEN '2019-03-01' AND '2019-03-14' "
                + condition).query(Long.class).single();
    }

    /** Gives each assessment the id of the contact before it in the list. */
    private static List<Object> withIds(List<Object> before, List<Object> now) {
        List<Object> all = new ArrayList<>(before);
        all.addAll(now);
        String lastContact = null;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof ContactReceived contact) {
                lastContact = contact.contactId();
            }
            else if (all.get(i) instanceof ContactAssessed assessed && assessed.contactId().isEmpty()) {
                all.set(i, new ContactAssessed(assessed.eventId(), lastContact, assessed.customerKey(),
                        assessed.contactedAt(), assessed.propensity(), assessed.dissatisfaction(), assessed.assessedAt()));
            }
        }
        return all;
    }

    private static ComplaintReceived complaint(Instant at, Channel channel, ProductTopic... topics) {
        return complaint("voice-" + UUID.randomUUID(), at, channel, topics);
    }

    private static ComplaintReceived complaint(String id, Instant at, Channel channel, ProductTopic... topics) {
        ComplaintSource source = channel == Channel.CHAT ? ComplaintSource.APP : ComplaintSource.PHONE;
        return new ComplaintReceived(UUID.randomUUID(), at, id, channel, source, "REF-" + id, at,
                new Customer(null, "tel-" + id, null, null, null, null, null, null, null), null,
                new ComplaintText("扣款", "扣款", null, null, null, BusinessType.LOAN, List.of(topics)), null,
                List.of(), List.of());
    }

    private static ContactReceived contact(Instant at, Channel channel, ProductTopic... topics) {
        return new ContactReceived(complaint(at, channel, topics), "A0192", 60, "not flagged");
    }

    private static ContactAssessed assessed(Instant at, double dissatisfaction) {
        return new ContactAssessed(UUID.randomUUID(), "", "tel", at, RiskAssessment.fromSignals(List.of()),
                dissatisfaction, Instant.now());
    }

    private static ContactAssessed assessed(ComplaintReceived contact, double dissatisfaction) {
        return new ContactAssessed(UUID.randomUUID(), contact.complaintId(), "tel", contact.receivedAt(),
                RiskAssessment.fromSignals(List.of()), dissatisfaction, Instant.now());
    }
}
