package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.TestTokens;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work queue over REST. Other tests share the database, so every case here is held by an assignee of this test
 * alone and every query filters on it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class CaseQueueIT {

    private static final RequestPostProcessor LEAD = TestTokens.as("lead-wang", "SUPERVISOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    String assignee;
    String breached;
    String oldest;
    String middle;
    String newest;
    String resolved;

    /** In urgency order: breached (first contact overdue), oldest, middle, newest, resolved (no running clock). */
    @BeforeEach
    void fiveCasesOfOneAssignee() {
        assignee = "q-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        newest = open(now.minus(Duration.ofHours(1)));
        oldest = open(now.minus(Duration.ofHours(3)));
        middle = open(now.minus(Duration.ofHours(2)));
        resolved = open(now.minus(Duration.ofHours(5)));
        breached = open(Instant.parse("2025-10-11T01:15:02Z"));
        cases.change(resolved, null, kase -> {
            kase.lifecycle().contacted(now.minus(Duration.ofHours(4)), ContactMethod.PHONE, "reached", "a",
                    cases.rules(),
                    cases.now());
            kase.lifecycle().resolve("explained", ComplaintReason.DISCLOSURE, "a", cases.rules(), cases.now());
        });
        // escalation MEDIUM, proxy HIGH: routed to anti-fraud, the standard clocks
        cases.onAssessed(Events.assessed(newest, now, 40, 70));
    }

    @Test
    void theQueueIsSortedByTheEarliestRunningClockWithCasesWithoutOneLast() throws Exception {
        queue("").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].complaintId").value(contains(breached, oldest, middle, newest,
                        resolved)))
                .andExpect(jsonPath("$.totalElements").value(5))
                .andExpect(jsonPath("$.items[0].breached").value(true))
                .andExpect(jsonPath("$.items[1].breached").value(false))
                .andExpect(jsonPath("$.items[1].clocks[0].clock").value("FIRST_CONTACT"))
                .andExpect(jsonPath("$.items[1].clocks[0].state").value("RUNNING"))
                .andExpect(jsonPath("$.items[4].nextDueAt").doesNotExist())
                .andExpect(jsonPath("$.items[0].timeline").doesNotExist());
    }

    @Test
    void theQueueIsPaged() throws Exception {
        queue("&size=2&page=1").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].complaintId").value(contains(middle, newest)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalElements").value(5))
                .andExpect(jsonPath("$.totalPages").value(3));
        queue("&size=2&page=2").andExpect(jsonPath("$.items[*].complaintId").value(contains(resolved)));
        queue("&size=2&page=9").andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.totalElements").value(5));
    }

    @Test
    void breachedFiltersTheCasesWithARunningClockOverdueNow() throws Exception {
        queue("&breached=true").andExpect(jsonPath("$.items[*].complaintId").value(contains(breached)));
        queue("&breached=false").andExpect(jsonPath("$.items[*].complaintId").value(contains(oldest, middle,
                newest, resolved)));
    }

    @Test
    void dueBeforeFiltersOnTheEarliestRunningClock() throws Exception {
        Instant between = Instant.now().plus(Duration.ofHours(45)).plus(Duration.ofMinutes(30));
        queue("&dueBefore=" + between).andExpect(jsonPath("$.items[*].complaintId").value(contains(breached,
                oldest)));
    }

    @Test
    void statusGroupAndRiskLevelsFilterTheQueue() throws Exception {
        queue("&status=RESOLVED").andExpect(jsonPath("$.items[*].complaintId").value(contains(resolved)));
        queue("&status=RESOLVED&status=ASSIGNED").andExpect(jsonPath("$.totalElements").value(5));
        queue("&status=CONTACTED").andExpect(jsonPath("$.totalElements").value(0));
        queue("&group=ANTI_FRAUD").andExpect(jsonPath("$.items[*].complaintId").value(contains(newest)));
        queue("&escalationLevel=MEDIUM").andExpect(jsonPath("$.items[*].complaintId").value(contains(newest)))
                .andExpect(jsonPath("$.items[0].escalationLevel").value("MEDIUM"))
                .andExpect(jsonPath("$.items[0].proxyLevel").value("HIGH"));
        queue("&proxyLevel=HIGH&proxyLevel=CRITICAL").andExpect(jsonPath("$.items[*].complaintId")
                .value(contains(newest)));
        queue("&proxyLevel=LOW").andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aPageLargerThan200OrAnUnknownStatusIsA400Problem() throws Exception {
        queue("&size=201").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        queue("&page=-1").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        queue("&status=SLEEPING").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    private ResultActions queue(String query) throws Exception {
        return mvc.perform(get("/api/v1/cases?assignee=" + assignee + query).with(LEAD));
    }

    private String open(Instant receivedAt) {
        String id = "queue-" + UUID.randomUUID();
        cases.onReceived(Events.received(id, ComplaintSource.APP, receivedAt));
        cases.change(id, null, kase -> kase.lifecycle().assign(assignee, "lead-wang", cases.now()));
        return id;
    }
}
