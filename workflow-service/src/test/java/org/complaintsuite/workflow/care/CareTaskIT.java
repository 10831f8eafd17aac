package org.complaintsuite.workflow.care;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintsuite.workflow.TestTokens.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Care tasks from contacts.received and contacts.assessed on a real broker and PostgreSQL, worked through the API:
 * opened above the threshold only, once, with their clocks; reviewed once; closed with an outcome; read with a record
 * in the personal-data access log; closed to other roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class CareTaskIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CareTaskService tasks;

    @Autowired
    CareContactPurge purge;

    @Autowired
    CareAlerts alerts;

    @Test
    void aContactAtTheThresholdOpensATaskOnceWithItsClocksItsSignalsAndWhatTheCustomerSaid() throws Exception {
        String contactId = "contact-" + UUID.randomUUID();
        ContactAssessed assessed = assessed(contactId, 65);

        kafka.send(Topics.CONTACTS_ASSESSED, contactId, assessed);
        kafka.send(Topics.CONTACTS_ASSESSED, contactId, assessed);
        kafka.send(Topics.CONTACTS_RECEIVED, contactId, contact(contactId));

        awaitTask(contactId, true);
        // the words come on contacts.received, which may be read after the assessment
        await().atMost(TIMEOUT).until(() -> jdbc.sql("SELECT count(*) FROM care_contact WHERE contact_id = ?")
                .param(contactId).query(Integer.class).single() == 1);
        int readsBefore = readsOf(contactId);
        mvc.perform(get("/api/v1/care-tasks/" + contactId).with(as("pro-li", "AGENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.propensity.score").value(65))
                .andExpect(jsonPath("$.propensity.level").value("HIGH"))
                .andExpect(jsonPath("$.propensity.signals[0].code").value("DISSATISFACTION"))
                .andExpect(jsonPath("$.propensity.signals[0].evidence[0].value").value("太坑了"))
                .andExpect(jsonPath("$.feedback.state").value("RUNNING"))
                .andExpect(jsonPath("$.handling.state").value("RUNNING"))
                .andExpect(jsonPath("$.contact.customerText").value("乱收费，太坑了"))
                .andExpect(jsonPath("$.contact.agentId").value("A0192"));
        List<Instant> times = jdbc.sql("SELECT opened_at, feedback_due_at, handling_due_at FROM care_task "
                + "WHERE contact_id = ?").param(contactId).query((rs, n) -> List.of(rs.getTimestamp(1).toInstant(),
                rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant())).single();
        assertThat(times.get(1)).isEqualTo(times.get(0).plus(Duration.ofMinutes(30)));
        assertThat(times.get(2)).isEqualTo(times.get(0).plus(Duration.ofHours(24)));
        assertThat(jdbc.sql("SELECT count(*) FROM care_task WHERE contact_id = ?").param(contactId)
                .query(Integer.class).single()).isOne();
        assertThat(readsOf(contactId)).as("the read recorded in the personal-data access log").isEqualTo(readsBefore + 1);
    }

    private int readsOf(String contactId) {
        return jdbc.sql("SELECT count(*) FROM personal_data_access WHERE complaint_id = ? "
                + "AND action = 'READ_CARE_TASK' AND actor = 'pro-li'").param(contactId).query(Integer.class).single();
    }

    @Test
    void aContactBelowTheThresholdOpensNoTask() throws Exception {
        String below = "contact-" + UUID.randomUUID();
        String above = "contact-" + UUID.randomUUID();

        kafka.send(Topics.CONTACTS_ASSESSED, below, assessed(below, 59));
        kafka.send(Topics.CONTACTS_ASSESSED, above, assessed(above, 60));

        awaitTask(above, true);
        mvc.perform(get("/api/v1/care-tasks/" + below).with(as("pro-li", "AGENT"))).andExpect(status().isNotFound());
    }

    @Test
    void aCustomerWithAComplaintStillOpenGetsATaskFromALowerPropensityWithTheComplaintAsEvidence() throws Exception {
        String contactId = "contact-" + UUID.randomUUID();
        String complaintId = "complaint-" + UUID.randomUUID();
        ComplaintReceived base = Events.received(complaintId, ComplaintSource.PHONE, Instant.now().minusSeconds(7200));
        kafka.send(Topics.COMPLAINTS_RECEIVED, complaintId, new ComplaintReceived(base.eventId(), base.occurredAt(),
                complaintId, base.channel(), base.source(), base.externalReference(), base.receivedAt(),
                new Customer(null, "tel-" + contactId, null, "+8613800138000", null, null, null, null, null), null,
                base.text(), null, List.of(), List.of()));
        await().atMost(TIMEOUT).until(() -> jdbc.sql("SELECT count(*) FROM complaint_case WHERE complaint_id = ?")
                .param(complaintId).query(Integer.class).single() == 1);

        kafka.send(Topics.CONTACTS_ASSESSED, contactId, assessed(contactId, 45));

        awaitTask(contactId, true);
        mvc.perform(get("/api/v1/care-tasks/" + contactId).with(as("pro-li", "AGENT")))
                .andExpect(jsonPath("$.propensity.score").value(65))
                .andExpect(jsonPath("$.propensity.signals[1].code").value("OPEN_COMPLAINT"))
                .andExpect(jsonPath("$.propensity.signals[1].weight").value(20))
                .andExpect(jsonPath("$.propensity.signals[1].evidence[0].kind").value("LINKED_COMPLAINT"))
                .andExpect(jsonPath("$.propensity.signals[1].evidence[0].value").value(complaintId));
    }

    @Test
    void aTaskIsReviewedOnceAndClosedOnceWithItsOutcomeAndTheWrongOrderIsAConflict() throws Exception {
        String contactId = "contact-" + UUID.randomUUID();
        kafka.send(Topics.CONTACTS_ASSESSED, contactId, assessed(contactId, 70));
        awaitTask(contactId, true);

        postJson(contactId, "outcome", "{\"outcome\": \"SOOTHED\"}", "pro-li").andExpect(status().isConflict());
        postJson(contactId, "feedback", "{\"decision\": \"CALL_BACK\", \"note\": \"回访\"}", "lead-wang")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.decision").value("CALL_BACK"))
                .andExpect(jsonPath("$.feedback.state").value("DONE_ON_TIME"))
                .andExpect(jsonPath("$.feedback.doneBy").value("lead-wang"));
        postJson(contactId, "feedback", "{\"decision\": \"NO_ACTION\"}", "lead-wang").andExpect(status().isConflict());
        postJson(contactId, "outcome", "{\"outcome\": \"SOOTHED\", \"note\": \"已安抚\"}", "pro-li")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("SOOTHED"))
                .andExpect(jsonPath("$.handling.state").value("DONE_ON_TIME"));
        postJson(contactId, "outcome", "{\"outcome\": \"UNREACHABLE\"}", "pro-li").andExpect(status().isConflict());
        awaitTask(contactId, false);
    }

    @Test
    void noActionAtReviewClosesTheTaskAsNoActionNeeded() throws Exception {
        String contactId = "contact-" + UUID.randomUUID();
        kafka.send(Topics.CONTACTS_ASSESSED, contactId, assessed(contactId, 80));
        awaitTask(contactId, true);

        postJson(contactId, "feedback", "{\"decision\": \"NO_ACTION\"}", "lead-wang")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("NO_ACTION_NEEDED"));
    }

    @Test
    void aBadDecisionIsABadRequestAndOtherRolesAreRefused() throws Exception {
        String contactId = "contact-" + UUID.randomUUID();
        kafka.send(Topics.CONTACTS_ASSESSED, contactId, assessed(contactId, 70));
        awaitTask(contactId, true);

        postJson(contactId, "feedback", "{\"decision\": \"MAYBE\"}", "lead-wang").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/care-tasks")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/care-tasks").with(as("ops", "OPERATIONS"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/care-tasks").with(as("lead-wang", "SUPERVISOR"))).andExpect(status().isOk());
    }

    @Test
    void wordsOfAContactWithoutATaskAreDeletedAfterAWeekAndThoseOfALongClosedTaskWithTheQuotedEvidence() throws Exception {
        String untasked = "contact-" + UUID.randomUUID();
        String closed = "contact-" + UUID.randomUUID();
        tasks.onContact(contact(untasked, Instant.now().minus(Duration.ofDays(8))));
        tasks.onContact(contact(closed, Instant.now()));
        tasks.onAssessed(assessed(closed, 80));
        postJson(closed, "feedback", "{\"decision\": \"NO_ACTION\"}", "lead-wang").andExpect(status().isOk());
        jdbc.sql("UPDATE care_task SET closed_at = now() - interval '181 days' WHERE contact_id = ?").param(closed)
                .update();

        purge.purge();

        assertThat(jdbc.sql("SELECT count(*) FROM care_contact WHERE contact_id IN (?, ?)").params(untasked, closed)
                .query(Integer.class).single()).isZero();
        mvc.perform(get("/api/v1/care-tasks/" + closed).with(as("pro-li", "AGENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact").doesNotExist())
                .andExpect(jsonPath("$.propensity.signals[0].code").value("DISSATISFACTION"))
                .andExpect(jsonPath("$.propensity.signals[0].evidence[0].kind").value("FACT"));
    }

    @Test
    void theClocksWarnAndBreachInTheProactiveGroupsInboxOnceEachAndABreachReachesItsSupervisors() throws Exception {
        String contactId = "contact-" + UUID.randomUUID();
        tasks.onAssessed(assessed(contactId, 70));
        // as if the task had opened 31 minutes ago: every feedback alert is due, the handling ones not yet
        jdbc.sql("""
                UPDATE care_task SET opened_at = opened_at - interval '31 minutes',
                    feedback_due_at = feedback_due_at - interval '31 minutes',
                    handling_due_at = handling_due_at - interval '31 minutes',
                    next_alert_at = next_alert_at - interval '31 minutes'
                WHERE contact_id = ?""").param(contactId).update();

        alerts.scan();
        alerts.scan();

        assertThat(jdbc.sql("SELECT kind FROM inbox_alert WHERE complaint_id = ? ORDER BY id").param(contactId)
                .query(String.class).list()).containsExactly("CARE_FEEDBACK_WARNING", "CARE_FEEDBACK_WARNING",
                "CARE_FEEDBACK_WARNING", "CARE_FEEDBACK_BREACH");
        assertThat(jdbc.sql("""
                SELECT i.audience || ':' || i.recipient FROM inbox_item i JOIN inbox_alert a ON a.id = i.alert_id
                WHERE a.complaint_id = ? AND a.kind = 'CARE_FEEDBACK_BREACH' ORDER BY 1""").param(contactId)
                .query(String.class).list()).containsExactly("GROUP:PROACTIVE", "GROUP_SUPERVISORS:PROACTIVE");
        assertThat(jdbc.sql("SELECT DISTINCT assigned_group FROM inbox_alert WHERE complaint_id = ?").param(contactId)
                .query(String.class).list()).containsExactly("PROACTIVE");
        mvc.perform(get("/api/v1/care-tasks/" + contactId).with(as("pro-li", "AGENT")))
                .andExpect(jsonPath("$.feedback.state").value("OVERDUE"));

        postJson(contactId, "feedback", "{\"decision\": \"CALL_BACK\"}", "lead-wang")
                .andExpect(jsonPath("$.feedback.state").value("DONE_LATE"));
        assertThat(jdbc.sql("SELECT next_alert_at > now() + interval '11 hours' FROM care_task WHERE contact_id = ?")
                .param(contactId).query(Boolean.class).single()).as("next: the handling clock's 50 %").isTrue();
    }

    private org.springframework.test.web.servlet.ResultActions postJson(String contactId, String command, String body,
            String user) throws Exception {
        String role = user.startsWith("lead") ? "SUPERVISOR" : "AGENT";
        return mvc.perform(post("/api/v1/care-tasks/" + contactId + "/" + command).with(as(user, role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Waits until the queue (tasks not closed) lists the task, or no longer does. */
    private void awaitTask(String contactId, boolean listed) {
        await().atMost(TIMEOUT).untilAsserted(() -> {
            String queue = mvc.perform(get("/api/v1/care-tasks").with(as("pro-li", "AGENT")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(queue.contains("\"contactId\":\"" + contactId + "\"")).isEqualTo(listed);
        });
    }

    private static ContactAssessed assessed(String contactId, int score) {
        RiskAssessment propensity = RiskAssessment.fromSignals(List.of(new RiskSignal("DISSATISFACTION",
                "the words read as dissatisfied (dissatisfaction model)", score,
                List.of(Evidence.span("太坑了", 4), Evidence.fact("dissatisfaction model 0.98")))));
        return new ContactAssessed(UUID.randomUUID(), contactId, "tel-" + contactId, Instant.now(), propensity, 0.98,
                Instant.now());
    }

    private static ContactReceived contact(String contactId) {
        return contact(contactId, Instant.now());
    }

    private static ContactReceived contact(String contactId, Instant at) {
        var normalized = Events.received(contactId, ComplaintSource.PHONE, at);
        var text = new org.complaintsuite.model.ComplaintText("乱收费，太坑了", "乱收费，太坑了", null, null, null, null);
        return new ContactReceived(new org.complaintsuite.model.ComplaintReceived(normalized.eventId(),
                normalized.occurredAt(), contactId, normalized.channel(), normalized.source(),
                normalized.externalReference(), normalized.receivedAt(), normalized.customer(), null, text, null,
                List.of(), List.of()), "A0192", 95, "the call was not flagged as a complaint");
    }
}
