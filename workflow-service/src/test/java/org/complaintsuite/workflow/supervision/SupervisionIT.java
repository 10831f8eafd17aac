package org.complaintsuite.workflow.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.TestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.TestTokens;
import org.complaintsuite.workflow.cases.CaseService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The supervisors' commands over REST: each with a reason, on the timeline, refused on a stale version. */
@SpringBootTest(properties = "workflow.supervision.review-relay-interval=200ms")
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class SupervisionIT {

    private static final RequestPostProcessor LI = TestTokens.as("agent-li", "AGENT");
    private static final RequestPostProcessor WANG = TestTokens.as("lead-wang", "SUPERVISOR");
    private static final RequestPostProcessor ZHOU = TestTokens.as("lead-zhou", "SUPERVISOR");
    private static final Instant RECEIVED = Instant.parse("2025-09-30T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Test
    void aSupervisorTransfersACaseAndTheRouterNoLongerMovesIt() throws Exception {
        String id = open(ComplaintSource.PHONE);

        command(id, "transfer", 0, "{\"group\": \"COMPLEX\", \"reason\": \"several loans involved\"}", LI)
                .andExpect(status().isForbidden());
        command(id, "transfer", 0, "{\"group\": \"COMPLEX\", \"reason\": \"several loans involved\"}", WANG)
                .andExpect(status().isOk()).andExpect(jsonPath("$.group").value("COMPLEX"))
                .andExpect(jsonPath("$.timeline[-1:].type").value(hasItem("TRANSFERRED")))
                .andExpect(jsonPath("$.timeline[-1:].detail.reason").value(hasItem("several loans involved")));
        cases.onAssessed(Events.assessed(id, RECEIVED.plusSeconds(5), 85, 0));

        mvc.perform(get("/api/v1/cases/" + id).with(LI)).andExpect(jsonPath("$.group").value("COMPLEX"))
                .andExpect(jsonPath("$.escalation.level").value("CRITICAL"));
        command(id, "transfer", 0, "{\"group\": \"FEES\", \"reason\": \"late\"}", WANG)
                .andExpect(status().isConflict());
        command(id, "transfer", 1, "{\"group\": \"NOWHERE\", \"reason\": \"x\"}", WANG)
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDismissedProxyFlagMovesTheCaseOutOfAntiFraudAndIsSentToRiskScoring() throws Exception {
        String id = open(ComplaintSource.PHONE);
        cases.onAssessed(new ComplaintAssessed(UUID.randomUUID(), RECEIVED.plusSeconds(5), id,
                RiskAssessment.fromSignals(List.of()), RiskAssessment.fromSignals(List.of(new RiskSignal("RING",
                        "part of ring R-1", 70, List.of(new Evidence(Evidence.Kind.RING, "R-1", -1, -1)))))));
        mvc.perform(get("/api/v1/cases/" + id).with(LI)).andExpect(jsonPath("$.group").value("ANTI_FRAUD"));

        command(id, "proxy-review", 1, "{\"decision\": \"DISMISSED\", \"reason\": \"the customer's own lawyer\"}",
                LI).andExpect(status().isForbidden());
        command(id, "proxy-review", 1, "{\"decision\": \"DISMISSED\", \"reason\": \"the customer's own lawyer\"}",
                WANG).andExpect(status().isOk())
                .andExpect(jsonPath("$.group").value("GENERAL"))
                .andExpect(jsonPath("$.proxy.level").value("HIGH"))
                .andExpect(jsonPath("$.proxyReview.decision").value("DISMISSED"))
                .andExpect(jsonPath("$.proxyReview.by").value("lead-wang"));

        ProxyFlagReviewed published = awaitReview(id);
        assertThat(published.decision()).isEqualTo(ProxyFlagReviewed.Decision.DISMISSED);
        assertThat(published.ringId()).isEqualTo("R-1");
        assertThat(published.reviewer()).isEqualTo("lead-wang");
        assertThat(published.customerKey()).isEqualTo("tel-" + id);

        // risk scoring's new assessment keeps its level: the dismissal stands
        cases.onAssessed(new ComplaintAssessed(UUID.randomUUID(), RECEIVED.plusSeconds(50), id,
                RiskAssessment.fromSignals(List.of()), RiskAssessment.fromSignals(List.of(new RiskSignal("PHRASES",
                        "agency phrases", 65, List.of())))));
        mvc.perform(get("/api/v1/cases/" + id).with(LI)).andExpect(jsonPath("$.group").value("GENERAL"));
        mvc.perform(get("/api/v1/metrics/sla?from=2025-09-30&to=2025-10-01").with(WANG))
                .andExpect(jsonPath("$.proxyReviews.dismissed").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void aComplaintNotFlaggedHasNoProxyFlagToReview() throws Exception {
        String id = open(ComplaintSource.PHONE);
        cases.onAssessed(Events.assessed(id, RECEIVED.plusSeconds(5), 10, 10));

        command(id, "proxy-review", 1, "{\"decision\": \"CONFIRMED\", \"reason\": \"looks like one\"}", WANG)
                .andExpect(status().isConflict());
    }

    @Test
    void aRepeatMergedIntoItsEarlierCaseClosesAsItsDuplicateAndTheEarliestClocksApply() throws Exception {
        String customer = "tel-merge-" + UUID.randomUUID();
        String earlier = open(ComplaintSource.PHONE, customer, RECEIVED.plusSeconds(3600));
        String regulator = open(ComplaintSource.NFRA_12378, customer, RECEIVED);

        command(regulator, "merge", 0, "{\"into\": \"%s\", \"reason\": \"the same matter\"}".formatted(earlier), WANG)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.mergedInto").value(earlier))
                .andExpect(jsonPath("$.clocks[0].state").value("STOPPED"))
                .andExpect(jsonPath("$.related[0].relation").value("MERGED_INTO"));

        mvc.perform(get("/api/v1/cases/" + earlier).with(WANG)).andExpect(status().isOk())
                .andExpect(jsonPath("$.firstContactDueAt").value("2025-10-02T02:00:00Z"))
                .andExpect(jsonPath("$.regulatorDueAt").value("2025-10-15T16:00:00Z"))
                .andExpect(jsonPath("$.related[?(@.relation == 'MERGED_FROM')].complaintId").value(hasItem(regulator)))
                .andExpect(jsonPath("$.timeline[-1:].type").value(hasItem("MERGE_RECEIVED")));
        command(regulator, "merge", 1, "{\"into\": \"%s\", \"reason\": \"again\"}".formatted(earlier), WANG)
                .andExpect(status().isConflict());
    }

    @Test
    void aRegulatorDeadlineIsExtendedByOnePersonsRequestAndAnotherSupervisorsApproval() throws Exception {
        String id = open(ComplaintSource.NFRA_12378);
        mvc.perform(get("/api/v1/cases/" + id).with(LI)).andExpect(jsonPath("$.regulatorDueAt")
                .value("2025-10-15T16:00:00Z"));

        command(id, "regulator-extension", 0, "{\"days\": 60, \"reason\": \"too far\"}", LI)
                .andExpect(status().isConflict());
        command(id, "regulator-extension", 0, "{\"days\": 30, \"reason\": \"waiting for the credit bureau\"}", LI)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regulatorExtension.days").value(15))
                .andExpect(jsonPath("$.regulatorExtension.pending.requestedBy").value("agent-li"));
        command(id, "regulator-extension/approval", 1, "{\"approved\": true, \"reason\": \"fine\"}", LI)
                .andExpect(status().isForbidden());
        command(id, "regulator-extension", 1, "{\"days\": 30, \"reason\": \"twice\"}", WANG)
                .andExpect(status().isConflict());

        command(id, "regulator-extension/approval", 1, "{\"approved\": true, \"reason\": \"verified\"}", WANG)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regulatorExtension.days").value(30))
                .andExpect(jsonPath("$.regulatorExtension.pending").doesNotExist())
                // received 2025-09-30 (Beijing): 30 days end on 2025-10-30, a Thursday
                .andExpect(jsonPath("$.regulatorDueAt").value("2025-10-30T16:00:00Z"))
                .andExpect(jsonPath("$.timeline[-1:].type").value(hasItem("REGULATOR_DEADLINE_EXTENDED")));

        command(id, "regulator-extension", 2, "{\"days\": 60, \"reason\": \"still waiting\"}", WANG)
                .andExpect(status().isOk());
        command(id, "regulator-extension/approval", 3, "{\"approved\": true, \"reason\": \"mine\"}", WANG)
                .andExpect(status().isForbidden());
        command(id, "regulator-extension/approval", 3, "{\"approved\": false, \"reason\": \"finish it now\"}", ZHOU)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regulatorExtension.days").value(30))
                .andExpect(jsonPath("$.timeline[-1:].type").value(hasItem("REGULATOR_EXTENSION_REJECTED")));
    }

    private String open(ComplaintSource source) {
        String id = "sup-" + UUID.randomUUID();
        return open(source, "tel-" + id, RECEIVED, id);
    }

    private String open(ComplaintSource source, String customerKey, Instant receivedAt) {
        return open(source, customerKey, receivedAt, "sup-" + UUID.randomUUID());
    }

    private String open(ComplaintSource source, String customerKey, Instant receivedAt, String id) {
        ComplaintReceived c = Events.received(id, source, receivedAt);
        var customer = c.customer();
        cases.onReceived(new ComplaintReceived(c.eventId(), c.occurredAt(), id, c.channel(), source,
                c.externalReference(), receivedAt, new org.complaintsuite.model.Customer(null, customerKey,
                        "陈某", customer.phone(), null, null, null, null, null), null, c.text(),
                c.channel() == Channel.REGULATOR ? new RegulatorTransfer("NFRA-" + id, null) : null, List.of(),
                List.of()));
        return id;
    }

    private ResultActions command(String id, String command, long version, String body, RequestPostProcessor user)
            throws Exception {
        return mvc.perform(post("/api/v1/cases/" + id + "/" + command).with(user)
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ProxyFlagReviewed awaitReview(String complaintId) {
        var json = JsonMapper.builder().build();
        List<ProxyFlagReviewed> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "supervision-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PROXY_REVIEWS));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (complaintId.equals(record.key())) {
                        seen.add(json.readValue(record.value(), ProxyFlagReviewed.class));
                    }
                });
                return !seen.isEmpty();
            });
        }
        return seen.getFirst();
    }
}
