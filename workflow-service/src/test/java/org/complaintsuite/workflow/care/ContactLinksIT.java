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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
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
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintsuite.workflow.TestTokens.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contact that turns into a complaint, on a real broker and PostgreSQL: the customer's complaint on
 * complaints.received is linked to their contacts of the 30 days before, and closes their open care task as
 * BECAME_COMPLAINT; contacts of other customers, or from before the window, are not linked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class ContactLinksIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CareTaskService tasks;

    @Autowired
    ContactLinks links;

    @Autowired
    MockMvc mvc;

    @Test
    void aComplaintAfterACareTaskClosesItAsBecameAComplaintAndLinksTheCustomersRecentContactsOnly() throws Exception {
        String customer = "tel-" + UUID.randomUUID();
        Instant now = Instant.now();
        String tasked = "contact-" + UUID.randomUUID();
        String plain = "contact-" + UUID.randomUUID();
        String tooOld = "contact-" + UUID.randomUUID();
        String otherCustomers = "contact-" + UUID.randomUUID();
        tasks.onContact(contact(tasked, customer, now.minus(Duration.ofDays(2))));
        tasks.onAssessed(assessed(tasked, customer, now.minus(Duration.ofDays(2)), 70));
        tasks.onContact(contact(plain, customer, now.minus(Duration.ofDays(1))));
        tasks.onContact(contact(tooOld, customer, now.minus(Duration.ofDays(31))));
        tasks.onContact(contact(otherCustomers, "tel-" + UUID.randomUUID(), now.minus(Duration.ofDays(1))));
        String complaintId = "complaint-" + UUID.randomUUID();

        kafka.send(Topics.COMPLAINTS_RECEIVED, customer, complaint(complaintId, customer, now));

        await().atMost(TIMEOUT).until(() -> linkedTo(complaintId).size() == 2);
        assertThat(linkedTo(complaintId)).containsExactlyInAnyOrder(tasked, plain);
        var task = tasks.get(tasked, "pro-li");
        assertThat(task.status()).isEqualTo(CareTask.Status.CLOSED);
        assertThat(task.outcome()).isEqualTo(CareTask.Outcome.BECAME_COMPLAINT);
        assertThat(task.becameComplaint()).isEqualTo(complaintId);
        assertThat(task.handling().doneBy()).isEqualTo(ContactLinks.ACTOR);
        mvc.perform(get("/api/v1/cases/" + complaintId + "/contacts").with(as("agent-li", "AGENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].contactId").value(plain))
                .andExpect(jsonPath("$[0].customerText").value("我要投诉"))
                .andExpect(jsonPath("$[0].careTask").doesNotExist())
                .andExpect(jsonPath("$[1].contactId").value(tasked))
                .andExpect(jsonPath("$[1].careTask.status").value("CLOSED"))
                .andExpect(jsonPath("$[1].careTask.outcome").value("BECAME_COMPLAINT"));
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_access WHERE complaint_id = ? AND action = "
                + "'READ_LINKED_CONTACTS'").param(complaintId).query(Integer.class).single()).isOne();
        mvc.perform(get("/api/v1/cases/" + complaintId + "/contacts").with(as("ops", "OPERATIONS")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aContactAssessedOnlyAfterItsCustomerComplainedGetsItsTaskClosedAsBecameAComplaintAtOnce() {
        String customer = "tel-" + UUID.randomUUID();
        Instant now = Instant.now();
        String contactId = "contact-" + UUID.randomUUID();
        String complaintId = "complaint-" + UUID.randomUUID();
        kafka.send(Topics.COMPLAINTS_RECEIVED, customer, complaint(complaintId, customer, now));
        await().atMost(TIMEOUT).until(() -> jdbc.sql("SELECT count(*) FROM complaint_case WHERE complaint_id = ?")
                .param(complaintId).query(Integer.class).single() == 1);

        tasks.onContact(contact(contactId, customer, now.minus(Duration.ofHours(1))));
        tasks.onAssessed(assessed(contactId, customer, now.minus(Duration.ofHours(1)), 70));

        assertThat(linkedTo(complaintId)).containsExactly(contactId);
        var task = tasks.get(contactId, "pro-li");
        assertThat(task.status()).isEqualTo(CareTask.Status.CLOSED);
        assertThat(task.outcome()).isEqualTo(CareTask.Outcome.BECAME_COMPLAINT);
        assertThat(task.becameComplaint()).isEqualTo(complaintId);
    }

    @Test
    void aTaskOpenedWhileItsContactWasBeingLinkedIsClosedByTheNextSweep() {
        String customer = "tel-" + UUID.randomUUID();
        String contactId = "contact-" + UUID.randomUUID();
        String complaintId = "complaint-" + UUID.randomUUID();
        Instant now = Instant.now();
        tasks.onAssessed(assessed(contactId, customer, now.minus(Duration.ofHours(2)), 70));
        // the link another listener made at the same moment, which the opening did not see
        jdbc.sql("INSERT INTO contact_link (contact_id, complaint_id, linked_at) VALUES (?, ?, now())")
                .params(contactId, complaintId).update();

        links.closeLinkedOpenTasks();

        var task = tasks.get(contactId, "pro-li");
        assertThat(task.outcome()).isEqualTo(CareTask.Outcome.BECAME_COMPLAINT);
        assertThat(task.becameComplaint()).isEqualTo(complaintId);
        links.closeLinkedOpenTasks();
        assertThat(tasks.get(contactId, "pro-li").handling().doneAt()).as("closed once")
                .isEqualTo(task.handling().doneAt());
    }

    @Test
    void theSameComplaintSeenAgainLinksNothingTwiceAndAClosedTaskKeepsItsOutcome() {
        String customer = "tel-" + UUID.randomUUID();
        Instant now = Instant.now();
        String contactId = "contact-" + UUID.randomUUID();
        tasks.onContact(contact(contactId, customer, now.minus(Duration.ofHours(3))));
        tasks.onAssessed(assessed(contactId, customer, now.minus(Duration.ofHours(3)), 80));
        tasks.feedback(contactId, CareTask.Decision.NO_ACTION, null, "lead-wang");
        ComplaintReceived complaint = complaint("complaint-" + UUID.randomUUID(), customer, now);

        assertThat(links.link(List.of(complaint))).isOne();
        assertThat(links.link(List.of(complaint))).isZero();

        var task = tasks.get(contactId, "lead-wang");
        assertThat(task.outcome()).isEqualTo(CareTask.Outcome.NO_ACTION_NEEDED);
        assertThat(task.becameComplaint()).as("counted against the prevented rate").isEqualTo(complaint.complaintId());
    }

    private List<String> linkedTo(String complaintId) {
        return jdbc.sql("SELECT contact_id FROM contact_link WHERE complaint_id = ?").param(complaintId)
                .query(String.class).list();
    }

    private static ComplaintReceived complaint(String id, String customerKey, Instant at) {
        return new ComplaintReceived(UUID.randomUUID(), at, id, Channel.PHONE,
                ComplaintSource.PHONE, "REF-" + id, at,
                new Customer(null, customerKey, null, "+8613800138000", null, null, null, null, null), null,
                new ComplaintText("我要投诉", "我要投诉", null, null, null, null), null, List.of(), List.of());
    }

    private static ContactReceived contact(String contactId, String customerKey, Instant at) {
        return new ContactReceived(complaint(contactId, customerKey, at), "A0192", 60,
                "the call was not flagged as a complaint");
    }

    private static ContactAssessed assessed(String contactId, String customerKey, Instant at, int score) {
        return new ContactAssessed(UUID.randomUUID(), contactId, customerKey, at,
                RiskAssessment.fromSignals(List.of(new RiskSignal("DISSATISFACTION", "test", score, List.of()))), 0.97,
                Instant.now());
    }
}
