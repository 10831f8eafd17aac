package org.complaintsuite.workflow.care;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.cases.CaseService;

import static org.complaintsuite.workflow.TestTokens.as;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The prevention figures of a day no other test uses (2024-02-29, Beijing): contacts counted once each, complaints
 * per 10,000 contacts, care tasks opened and reviewed on time, and the prevented rate of tasks old enough to judge.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class PreventionMetricsIT {

    private static final Instant DAY = Instant.parse("2024-02-29T04:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    CareTaskService tasks;

    @Autowired
    ContactLinks links;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDaysFiguresCountContactsOnceAndJudgeOnlyMaturedCareTasks() throws Exception {
        String prevented = "contact-" + UUID.randomUUID();
        String followed = "contact-" + UUID.randomUUID();
        List<String> contacts = List.of(prevented, followed, "contact-" + UUID.randomUUID(),
                "contact-" + UUID.randomUUID());
        contacts.forEach(id -> tasks.onContact(contact(id, DAY)));
        tasks.onContact(contact(prevented, DAY));
        tasks.onAssessed(assessed(prevented, 70));
        tasks.onAssessed(assessed(followed, 70));
        tasks.feedback(prevented, CareTask.Decision.NO_ACTION, null, "lead-wang");
        // both opened 40 days ago: old enough to judge, and the review (now) came late
        jdbc.sql("""
                UPDATE care_task SET opened_at = now() - interval '40 days',
                    feedback_due_at = now() - interval '40 days' + interval '30 minutes',
                    handling_due_at = now() - interval '39 days'
                WHERE contact_id IN (?, ?)""").params(prevented, followed).update();
        ComplaintReceived complaint = complaint("complaint-" + UUID.randomUUID(), "tel-" + followed,
                DAY.plusSeconds(3_600));
        cases.onReceived(complaint);
        links.link(List.of(complaint));

        mvc.perform(get("/api/v1/metrics/prevention").param("from", "2024-02-29").param("to", "2024-03-01")
                        .with(as("ops-zhao", "OPERATIONS")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts").value(4))
                .andExpect(jsonPath("$.complaints").value(1))
                .andExpect(jsonPath("$.complaintsPer10kContacts").value(closeTo(2500.0, 0.001)))
                .andExpect(jsonPath("$.careTasksOpened").value(2))
                .andExpect(jsonPath("$.feedbackOnTime").value(closeTo(0.0, 0.001)))
                .andExpect(jsonPath("$.careTasksMatured").value(2))
                .andExpect(jsonPath("$.preventedRate").value(closeTo(0.5, 0.001)));
        mvc.perform(get("/api/v1/metrics/prevention").param("from", "2024-02-29").param("to", "2024-03-01")
                .with(as("agent-li", "AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/metrics/prevention").param("from", "2024-13-01").param("to", "2024-03-01")
                .with(as("ops-zhao", "OPERATIONS"))).andExpect(status().isBadRequest());
    }

    private static ComplaintReceived complaint(String id, String customerKey, Instant at) {
        return new ComplaintReceived(UUID.randomUUID(), at, id, Channel.PHONE, ComplaintSource.PHONE, "REF-" + id, at,
                new Customer(null, customerKey, null, "+8613800138000", null, null, null, null, null), null,
                new ComplaintText("请问", "请问", null, null, null, null), null, List.of(), List.of());
    }

    private static ContactReceived contact(String contactId, Instant at) {
        return new ContactReceived(complaint(contactId, "tel-" + contactId, at), "A0192", 60, "not flagged");
    }

    private static ContactAssessed assessed(String contactId, int score) {
        return new ContactAssessed(UUID.randomUUID(), contactId, "tel-" + contactId, DAY,
                RiskAssessment.fromSignals(List.of(new RiskSignal("DISSATISFACTION", "test", score, List.of()))), 0.97,
                Instant.now());
    }
}
