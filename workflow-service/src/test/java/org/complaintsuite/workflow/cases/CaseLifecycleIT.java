package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cases from the complaint topics, on a real broker and a real PostgreSQL schema built by Flyway. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class CaseLifecycleIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant RECEIVED = Instant.parse("2025-10-11T01:15:02Z");
    private static final RequestPostProcessor AGENT = TestTokens.as("agent-li", "AGENT");

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintCaseRepository cases;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReceivedComplaintBecomesACaseWithItsFirstContactClock() throws Exception {
        kafka.send(Topics.COMPLAINTS_RECEIVED, "wf-1", Events.received("wf-1", ComplaintSource.APP, RECEIVED));

        await().atMost(TIMEOUT).until(() -> cases.existsById("wf-1"));

        mvc.perform(get("/api/v1/cases/wf-1").with(AGENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaintId").value("wf-1"))
                .andExpect(jsonPath("$.channel").value("CHAT"))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.group").value("GENERAL"))
                .andExpect(jsonPath("$.receivedAt").value("2025-10-11T01:15:02Z"))
                .andExpect(jsonPath("$.firstContactDueAt").value("2025-10-13T01:15:02Z"));
    }

    @Test
    void theAssessmentRoutesTheCaseAndIsShownWithIt() throws Exception {
        kafka.send(Topics.COMPLAINTS_RECEIVED, "wf-2", Events.received("wf-2", ComplaintSource.APP, RECEIVED));
        kafka.send(Topics.COMPLAINTS_ASSESSED, "wf-2", Events.assessed("wf-2", RECEIVED.plusSeconds(2), 85, 10));

        await().atMost(TIMEOUT).until(() -> cases.findById("wf-2")
                .map(kase -> kase.getGroup().name().equals("ESCALATED")).orElse(false));

        mvc.perform(get("/api/v1/cases/wf-2").with(AGENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.escalation.score").value(85))
                .andExpect(jsonPath("$.escalation.level").value("CRITICAL"))
                .andExpect(jsonPath("$.proxy.level").value("LOW"))
                .andExpect(jsonPath("$.routingReason").value("escalation risk CRITICAL"));
    }

    @Test
    void anAssessmentThatArrivesBeforeItsComplaintIsAppliedWhenTheCaseOpens() {
        kafka.send(Topics.COMPLAINTS_ASSESSED, "wf-3", Events.assessed("wf-3", RECEIVED.plusSeconds(2), 10, 70));
        await().atMost(TIMEOUT).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM risk_assessment WHERE complaint_id = 'wf-3'", Integer.class) == 1);

        kafka.send(Topics.COMPLAINTS_RECEIVED, "wf-3", Events.received("wf-3", ComplaintSource.NFRA_12378, RECEIVED));

        await().atMost(TIMEOUT).until(() -> cases.existsById("wf-3"));
        assertThat(cases.findById("wf-3").orElseThrow().getGroup().name()).isEqualTo("ANTI_FRAUD");
    }

    @Test
    void theSameComplaintDeliveredTwiceMakesOneUnchangedCase() throws Exception {
        var complaint = Events.received("wf-4", ComplaintSource.PHONE, RECEIVED);
        int partition = kafka.send(Topics.COMPLAINTS_RECEIVED, "wf-4", complaint).get().getRecordMetadata().partition();
        await().atMost(TIMEOUT).until(() -> cases.existsById("wf-4"));
        long version = cases.findById("wf-4").orElseThrow().getVersion();

        // redelivered, even with a different body, the complaint id is what counts
        kafka.send(Topics.COMPLAINTS_RECEIVED, partition, "wf-4",
                Events.received("wf-4", ComplaintSource.PHONE, RECEIVED.plusSeconds(3600))).get();
        // a marker behind it on the same partition: once the marker's case exists, the redelivery was handled
        kafka.send(Topics.COMPLAINTS_RECEIVED, partition, "wf-4-marker",
                Events.received("wf-4-marker", ComplaintSource.PHONE, RECEIVED)).get();
        await().atMost(TIMEOUT).until(() -> cases.existsById("wf-4-marker"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM complaint_case WHERE complaint_id = 'wf-4'",
                Integer.class)).isEqualTo(1);
        var kase = cases.findById("wf-4").orElseThrow();
        assertThat(kase.getReceivedAt()).isEqualTo(RECEIVED);
        assertThat(kase.getVersion()).isEqualTo(version);
    }

    @Test
    void anUnknownCaseIsA404ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/cases/no-such-complaint").with(AGENT)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:not-found"))
                .andExpect(jsonPath("$.detail").value("No case for complaint no-such-complaint."));
    }
}
