package org.complaintsuite.risk.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.model.ProxyFlagReviewed.Decision;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.Representative;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.Topics;
import org.complaintsuite.risk.assessment.AssessmentService;
import org.complaintsuite.risk.assessment.AssessmentStore;
import org.complaintsuite.risk.assessment.OutboxRelay;
import org.complaintsuite.risk.assessment.ReassessmentLane;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A supervisor's review of a proxy flag, from {@code cases.proxy-reviews} to a new assessment on
 * {@code complaints.assessed}, on real PostgreSQL and a real broker: a ring of customers filed through one agency's
 * phone, one of them cleared.
 */
@SpringBootTest
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class ProxyReviewIT {

    private static final Instant T0 = Instant.parse("2025-10-09T08:20:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> LINK_SIGNALS = List.of("RING", "SHARED_AGENT_CONTACT", "NEAR_DUPLICATE_TEXT",
            "BURST");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    AssessmentService service;

    @Autowired
    AssessmentStore assessments;

    @Autowired
    ReassessmentLane reassessments;

    @Autowired
    OutboxRelay outbox;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    JdbcClient jdbc;

    // built here rather than auto-configured: the application context stays the one RiskScoringIT starts
    MockMvc mvc;

    @Autowired
    ProxyReviewService reviews;

    TopicProbe probe;

    @BeforeEach
    void openProbe(@Autowired WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        probe = TopicProbe.of(Topics.COMPLAINTS_ASSESSED);
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void aDismissalClearsTheCustomerOfTheRingAndIsPublishedWhileAnotherMembersAssessmentStaysAsItWas()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String agentPhone = uniquePhone();
        for (int member = 1; member <= 4; member++) {
            service.process(transfer(id(run, member), "idn-" + id(run, member), agentPhone,
                    T0.plusSeconds(600L * member)));
        }
        settle();
        String cleared = id(run, 1);
        assertThat(latest(cleared).proxy().level().isAtLeast(RiskLevel.HIGH)).isTrue();
        assertThat(codes(latest(cleared))).contains("RING", "SHARED_AGENT_CONTACT");
        ComplaintAssessed otherBefore = latest(id(run, 2));
        String ring = jdbc.sql("SELECT cluster_id FROM cluster_member WHERE complaint_id = ?").param(cleared)
                .query(String.class).single();

        kafka.send(Topics.PROXY_REVIEWS, cleared, review(cleared, "idn-" + cleared, Decision.DISMISSED, ring,
                T0.plusSeconds(86_400))).get();

        ComplaintAssessed republished = awaitPublished(cleared, "PROXY_FLAG_DISMISSED");
        assertThat(codes(republished)).doesNotContainAnyElementsOf(LINK_SIGNALS);
        RiskSignal dismissed = republished.proxy().signals().stream()
                .filter(s -> s.code().equals("PROXY_FLAG_DISMISSED")).findFirst().orElseThrow();
        assertThat(dismissed.weight()).isZero();
        assertThat(dismissed.evidence()).containsExactly(
                Evidence.fact("dismissed by lead-wang: 客户本人到店核实，亲属代为投诉"),
                new Evidence(Evidence.Kind.RING, ring, -1, -1));
        assertThat(republished.proxy().level()).isEqualTo(RiskLevel.LOW);
        settle();
        // the cleared customer still counts against the others: their links and ring are facts
        assertThat(latest(id(run, 2))).isEqualTo(otherBefore);
        assertThat(codes(latest(id(run, 2)))).contains("RING", "SHARED_AGENT_CONTACT")
                .doesNotContain("PROXY_FLAG_DISMISSED");
        mvc.perform(get("/api/v1/assessments/" + cleared)).andExpect(status().isOk())
                .andExpect(jsonPath("$.proxy.signals[?(@.code == 'PROXY_FLAG_DISMISSED')]").exists())
                .andExpect(jsonPath("$.reviews.length()").value(1))
                .andExpect(jsonPath("$.reviews[0].decision").value("DISMISSED"))
                .andExpect(jsonPath("$.reviews[0].reviewer").value("lead-wang"))
                .andExpect(jsonPath("$.reviews[0].ringId").value(ring));
    }

    @Test
    void aRedeliveredReviewIsRecordedOnceAndChangesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String agentPhone = uniquePhone();
        for (int member = 1; member <= 3; member++) {
            service.process(transfer(id(run, member), "idn-" + id(run, member), agentPhone,
                    T0.plusSeconds(600L * member)));
        }
        settle();
        String cleared = id(run, 3);
        ProxyFlagReviewed dismissal = review(cleared, "idn-" + cleared, Decision.DISMISSED, null,
                T0.plusSeconds(86_400));
        kafka.send(Topics.PROXY_REVIEWS, cleared, dismissal).get();
        ComplaintAssessed afterDismissal = awaitPublished(cleared, "PROXY_FLAG_DISMISSED");

        kafka.send(Topics.PROXY_REVIEWS, cleared, dismissal).get();
        // an older confirmation behind it, on the same partition: once it is recorded, the redelivery was processed
        kafka.send(Topics.PROXY_REVIEWS, cleared, review(cleared, "idn-" + cleared, Decision.CONFIRMED, null,
                T0.plusSeconds(3_600))).get();
        await().atMost(TIMEOUT).until(() -> reviewsOf(cleared) == 2);

        assertThat(jdbc.sql("SELECT count(*) FROM proxy_review WHERE event_id = ?").param(dismissal.eventId())
                .query(Integer.class).single()).isEqualTo(1);
        outbox.publishPending();
        assertThat(latest(cleared)).isEqualTo(afterDismissal);
        assertThat(codes(latest(cleared))).contains("PROXY_FLAG_DISMISSED");
    }

    @Test
    void theCustomersLaterComplaintThroughTheSameAgencyKeepsTheDismissal() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String agentPhone = uniquePhone();
        for (int member = 1; member <= 3; member++) {
            service.process(transfer(id(run, member), "idn-" + id(run, member), agentPhone,
                    T0.plusSeconds(600L * member)));
        }
        settle();
        String cleared = id(run, 1);
        kafka.send(Topics.PROXY_REVIEWS, cleared, review(cleared, "idn-" + cleared, Decision.DISMISSED, null,
                T0.plusSeconds(86_400))).get();
        awaitPublished(cleared, "PROXY_FLAG_DISMISSED");

        String later = cleared + "-later";
        service.process(transfer(later, "idn-" + cleared, agentPhone, T0.plusSeconds(2 * 86_400)));
        settle();

        assertThat(codes(latest(later))).contains("PROXY_FLAG_DISMISSED").doesNotContainAnyElementsOf(LINK_SIGNALS);
        // its links are still facts for the others: it joined their ring
        assertThat(codes(latest(id(run, 2)))).contains("RING", "SHARED_AGENT_CONTACT");
    }

    @Test
    void aLaterConfirmationMakesTheRingCountAgainstTheCustomerAgain() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String agentPhone = uniquePhone();
        for (int member = 1; member <= 3; member++) {
            service.process(transfer(id(run, member), "idn-" + id(run, member), agentPhone,
                    T0.plusSeconds(600L * member)));
        }
        settle();
        String reviewed = id(run, 2);
        kafka.send(Topics.PROXY_REVIEWS, reviewed, review(reviewed, "idn-" + reviewed, Decision.DISMISSED, null,
                T0.plusSeconds(86_400))).get();
        awaitPublished(reviewed, "PROXY_FLAG_DISMISSED");

        kafka.send(Topics.PROXY_REVIEWS, reviewed, review(reviewed, "idn-" + reviewed, Decision.CONFIRMED, null,
                T0.plusSeconds(2 * 86_400))).get();
        await().atMost(TIMEOUT).until(() -> reviewsOf(reviewed) == 2);
        settle();

        assertThat(codes(latest(reviewed))).contains("RING", "SHARED_AGENT_CONTACT")
                .doesNotContain("PROXY_FLAG_DISMISSED");
        mvc.perform(get("/api/v1/assessments/" + reviewed)).andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews[*].decision").value(org.hamcrest.Matchers.contains("DISMISSED",
                        "CONFIRMED")));
    }

    @Test
    void aCustomerClearedOfARingStaysClearedWhenItIsMergedIntoAnother() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        String email = "agent-" + run + "@example.com";
        // ring a: three customers through an agent's phone; ring b: three through an agent's e-mail
        for (int member = 1; member <= 3; member++) {
            service.process(transfer("merge-" + run + "-a" + member, "idn-merge-" + run + "-a" + member,
                    new Representative("代理人", phone, null, null, false), T0.plusSeconds(60L * member)));
            service.process(transfer("merge-" + run + "-b" + member, "idn-merge-" + run + "-b" + member,
                    new Representative("代理人", uniquePhone(), email, null, false), T0.plusSeconds(600L + member)));
        }
        settle();
        String cleared = "merge-" + run + "-b1";
        reviews.apply(review(cleared, "idn-" + cleared, Decision.DISMISSED, null, T0.plusSeconds(3_600)));
        settle();
        assertThat(codes(latest(cleared))).contains("PROXY_FLAG_DISMISSED").doesNotContain("RING");

        // one complaint through both the phone and the e-mail joins the two rings into ring a (the smaller id)
        service.process(transfer("merge-" + run + "-c", "idn-merge-" + run + "-c",
                new Representative("代理人", phone, email, null, false), T0.plusSeconds(7_200)));
        settle();

        String merged = jdbc.sql("SELECT cluster_id FROM cluster_member WHERE complaint_id = ?").param(cleared)
                .query(String.class).single();
        assertThat(merged).isEqualTo("ring-merge-" + run + "-a1");
        assertThat(codes(latest(cleared))).contains("PROXY_FLAG_DISMISSED").doesNotContainAnyElementsOf(LINK_SIGNALS);
        assertThat(latest(cleared).proxy().signals().getLast().evidence())
                .contains(new Evidence(Evidence.Kind.RING, merged, -1, -1));
        assertThat(codes(latest("merge-" + run + "-b2"))).contains("RING", "SHARED_AGENT_CONTACT");
    }

    @Test
    void aReviewWithoutReviewerGoesToTheDeadLetterTopicAtOnce() throws Exception {
        String complaintId = "review-dlt-" + UUID.randomUUID();
        try (TopicProbe dead = TopicProbe.of(Topics.deadLetter(Topics.PROXY_REVIEWS))) {
            kafka.send(Topics.PROXY_REVIEWS, complaintId, new ProxyFlagReviewed(UUID.randomUUID(), T0, complaintId,
                    "idn-x", Decision.DISMISSED, null, " ", "no reviewer")).get();

            var record = dead.awaitRecord(Topics.deadLetter(Topics.PROXY_REVIEWS), complaintId, TIMEOUT);

            assertThat(new String(record.headers().lastHeader("kafka_dlt-exception-message").value(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("reviewer");
            assertThat(reviewsOf(complaintId)).isZero();
        }
    }

    private ComplaintAssessed awaitPublished(String complaintId, String code) {
        return await("a " + code + " assessment of " + complaintId).atMost(TIMEOUT).pollInSameThread()
                .until(() -> {
                    probe.poll();
                    return probe.records(Topics.COMPLAINTS_ASSESSED, complaintId).stream()
                            .map(record -> json.readValue(record.value(), ComplaintAssessed.class))
                            .filter(assessed -> codes(assessed).contains(code)).reduce((a, b) -> b).orElse(null);
                }, assessed -> assessed != null);
    }

    /** Works the re-assessment queues and the outbox until they are empty (the scheduled relays may be at it too). */
    private void settle() {
        reassessments.drain();
        outbox.publishPending();
        await().atMost(TIMEOUT).until(() -> jdbc.sql("""
                SELECT (SELECT count(*) FROM ring_reassessment) + (SELECT count(*) FROM reassessment_queue)
                     + (SELECT count(*) FROM assessment_outbox)""").query(Integer.class).single() == 0);
    }

    private int reviewsOf(String complaintId) {
        return jdbc.sql("SELECT count(*) FROM proxy_review WHERE complaint_id = ?").param(complaintId)
                .query(Integer.class).single();
    }

    private ComplaintAssessed latest(String complaintId) {
        return assessments.find(complaintId).orElseThrow();
    }

    private static List<String> codes(ComplaintAssessed assessed) {
        return assessed.proxy().signals().stream().map(RiskSignal::code).toList();
    }

    private static String id(String run, int member) {
        return "review-" + run + "-" + member;
    }

    private static String uniquePhone() {
        return "+86177" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    private static ProxyFlagReviewed review(String complaintId, String customerKey, Decision decision, String ringId,
            Instant at) {
        return new ProxyFlagReviewed(UUID.randomUUID(), at, complaintId, customerKey, decision, ringId, "lead-wang",
                "客户本人到店核实，亲属代为投诉");
    }

    /** A regulator transfer of the given customer, filed by an agent with the given phone. */
    private static ComplaintReceived transfer(String complaintId, String customerKey, String agentPhone,
            Instant receivedAt) {
        return transfer(complaintId, customerKey, new Representative("代理人", agentPhone, null, null, false),
                receivedAt);
    }

    private static ComplaintReceived transfer(String complaintId, String customerKey, Representative agent,
            Instant receivedAt) {
        String text = "本人借款后被收取会员费，要求退还";
        return new ComplaintReceived(UUID.randomUUID(), receivedAt, complaintId, Channel.REGULATOR,
                ComplaintSource.NFRA_12378, "NFRA-" + complaintId, receivedAt,
                new Customer(null, customerKey, "客户", null, "hash-" + customerKey, "4403**********0000", null, null,
                        null),
                agent,
                new ComplaintText(text, text, null, null, "贷款", null),
                new RegulatorTransfer("NFRA-" + complaintId, null), List.<Attachment>of(), List.of());
    }
}
