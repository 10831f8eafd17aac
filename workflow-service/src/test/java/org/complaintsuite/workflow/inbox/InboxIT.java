package org.complaintsuite.workflow.inbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox on a real PostgreSQL and a real broker: alerts published to {@code sla.alerts} land in the right inboxes
 * and are read per user. Only the inbox's consumer runs here, in a consumer group of its own, so that this context
 * takes no work from other tests' contexts. Other tests' alerts may arrive too: every assertion looks at this test's
 * own complaints and users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.listener.auto-startup=false", "workflow.inbox.consumer-group=inbox-it-${random.uuid}",
        "workflow.inbox.stream.heartbeat=1s", "workflow.inbox.stream.max-open=3"})
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxIT {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private AlertsPublisher alerts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @BeforeAll
    void publisher() {
        alerts = new AlertsPublisher();
    }

    @AfterAll
    void closePublisherAndConsumer() {
        alerts.close();
        InboxConsumer.stop(listeners);
    }

    @BeforeEach
    void inboxConsumerRunning() {
        InboxConsumer.start(listeners);
    }

    @Test
    void aWarningAtNinetyPercentReachesTheAssigneeAndTheGroupsSupervisors() throws Exception {
        String agent = unique("agent");
        SlaAlertRaised alert = Alerts.firstContact(unique("case"), 90, "FEES", agent);

        alerts.publish(alert);

        List<Long> items = awaitItems(alert, 2);
        long toAgent = item(alert, Audience.USER);
        long toSupervisors = item(alert, Audience.GROUP_SUPERVISORS);
        assertThat(items).containsExactlyInAnyOrder(toAgent, toSupervisors);
        mvc.perform(get("/api/v1/inbox").with(InboxTokens.agent(agent))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.items[0].id").value(toAgent))
                .andExpect(jsonPath("$.items[0].alertId").value(alert.eventId().toString()))
                .andExpect(jsonPath("$.items[0].complaintId").value(alert.complaintId()))
                .andExpect(jsonPath("$.items[0].clock").value("FIRST_CONTACT"))
                .andExpect(jsonPath("$.items[0].threshold").value(90))
                .andExpect(jsonPath("$.items[0].kind").value("WARNING"))
                .andExpect(jsonPath("$.items[0].audience").value("USER"))
                .andExpect(jsonPath("$.items[0].recipient").value(agent))
                .andExpect(jsonPath("$.items[0].group").value("FEES"))
                .andExpect(jsonPath("$.items[0].assignee").value(agent))
                .andExpect(jsonPath("$.items[0].dueAt").value("2025-10-13T01:15:02Z"))
                .andExpect(jsonPath("$.items[0].read").value(false));
        markRead(toSupervisors, InboxTokens.supervisor(unique("lead"), "FEES")).andExpect(status().isNoContent());
        markRead(toSupervisors, InboxTokens.agent(unique("agent"), "FEES")).andExpect(status().isNotFound());
        markRead(toSupervisors, InboxTokens.supervisor(unique("lead"), "COMPLEX")).andExpect(status().isNotFound());
    }

    @Test
    void aWarningOfAnUnassignedCaseReachesTheGroupAndEachMemberReadsItForThemselves() throws Exception {
        SlaAlertRaised alert = Alerts.firstContact(unique("case"), 50, "CREDIT_REPORT", null);

        alerts.publish(alert);

        awaitItems(alert, 1);
        long toGroup = item(alert, Audience.GROUP);
        RequestPostProcessor zhang = InboxTokens.agent(unique("agent-zhang"), "CREDIT_REPORT");
        RequestPostProcessor li = InboxTokens.agent(unique("agent-li"), "CREDIT_REPORT", "FEES");
        markRead(toGroup, zhang).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/inbox?unread=true&size=100").with(zhang)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) toGroup))));
        mvc.perform(get("/api/v1/inbox?unread=true&size=100").with(li)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) toGroup)));
        markRead(toGroup, InboxTokens.agent(unique("agent"), "FEES")).andExpect(status().isNotFound());
        // no groups claim: no group
        markRead(toGroup, InboxTokens.agent(unique("agent"))).andExpect(status().isNotFound());
    }

    @Test
    void aRedeliveredAlertAddsNothing() throws Exception {
        String agent = unique("agent");
        SlaAlertRaised alert = Alerts.firstContact(unique("case"), 100, "ESCALATED", agent);
        SlaAlertRaised after = Alerts.firstContact(alert.complaintId(), 50, "ESCALATED", agent);

        alerts.publish(alert);
        alerts.publish(alert);
        // the same key, hence the same partition: once this one is in, both copies before it have been consumed
        alerts.publish(after);

        awaitItems(after, 1);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_alert WHERE event_id = ?").param(alert.eventId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(itemsOf(alert)).hasSize(2);
        unreadCount(InboxTokens.agent(agent)).andExpect(jsonPath("$.unread").value(2));
    }

    @Test
    void unreadCountsAndMarkReadArePerUser() throws Exception {
        String agent = unique("agent");
        RequestPostProcessor asAgent = InboxTokens.agent(agent);
        String complaint = unique("case");
        alerts.publish(Alerts.firstContact(complaint, 50, "GENERAL", agent));
        alerts.publish(Alerts.firstContact(complaint, 75, "GENERAL", agent));
        SlaAlertRaised newest = Alerts.firstContact(complaint, 80, "GENERAL", agent);
        alerts.publish(newest);
        awaitItems(newest, 1);

        unreadCount(asAgent).andExpect(jsonPath("$.unread").value(3));
        String page = mvc.perform(get("/api/v1/inbox?size=2").with(asAgent)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].threshold").value(80))
                .andReturn().getResponse().getContentAsString();
        long first = JsonPath.<Number>read(page, "$.items[0].id").longValue();

        markRead(first, asAgent).andExpect(status().isNoContent());
        // marking twice is harmless
        markRead(first, asAgent).andExpect(status().isNoContent());
        unreadCount(asAgent).andExpect(jsonPath("$.unread").value(2));
        mvc.perform(get("/api/v1/inbox?unread=true").with(asAgent)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.unread").value(2))
                .andExpect(jsonPath("$.items[*].threshold").value(org.hamcrest.Matchers.contains(75, 50)));

        mvc.perform(post("/api/v1/inbox/read-all").with(asAgent)).andExpect(status().isNoContent());
        unreadCount(asAgent).andExpect(jsonPath("$.unread").value(0));
        mvc.perform(get("/api/v1/inbox").with(asAgent)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.unread").value(0))
                .andExpect(jsonPath("$.items[*].read").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(true))));
    }

    @Test
    void aUserCannotReadAnotherUsersItem() throws Exception {
        String owner = unique("agent");
        SlaAlertRaised alert = Alerts.firstContact(unique("case"), 50, "GENERAL", owner);
        alerts.publish(alert);
        awaitItems(alert, 1);
        long item = item(alert, Audience.USER);

        markRead(item, InboxTokens.agent(unique("agent"), "GENERAL")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:not-found"));
        markRead(Long.MAX_VALUE, InboxTokens.agent(owner)).andExpect(status().isNotFound());
        unreadCount(InboxTokens.agent(owner)).andExpect(jsonPath("$.unread").value(1));
    }

    @Test
    void theInboxNeedsATokenAndIsOpenToAgentsSupervisorsAndOperations() throws Exception {
        mvc.perform(get("/api/v1/inbox")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/inbox/stream")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/inbox/unread-count").with(InboxTokens.as("nobody", List.of(), List.of())))
                .andExpect(status().isForbidden());
        for (String role : List.of("AGENT", "SUPERVISOR", "OPERATIONS")) {
            mvc.perform(get("/api/v1/inbox/unread-count").with(InboxTokens.as(unique("user"), List.of(role),
                    List.of()))).andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(0));
        }
    }

    @Test
    void aPageSizeOutOfRangeIsA400SayingWhichField() throws Exception {
        mvc.perform(get("/api/v1/inbox?size=0").with(InboxTokens.agent("agent-li")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/inbox?page=-1").with(InboxTokens.agent("agent-li")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void anAlertThatCannotBeStoredGoesToTheDeadLetterTopicAndTheNextIsStored() throws Exception {
        String complaint = unique("case");
        SlaAlertRaised next = Alerts.firstContact(complaint, 50, "GENERAL", unique("agent"));
        try (var deadLetters = TopicProbe.of(Topics.deadLetter(Topics.SLA_ALERTS))) {
            alerts.publishRaw(complaint, "{\"eventId\": \"" + UUID.randomUUID() + "\", \"complaintId\": \""
                    + complaint + "\", \"threshold\": 50}");
            alerts.publishRaw(complaint, "not json at all");
            alerts.publish(next);

            deadLetters.awaitRecords(Topics.deadLetter(Topics.SLA_ALERTS), complaint, 2, TIMEOUT);
        }
        awaitItems(next, 1);
    }

    private ResultActions markRead(long item, RequestPostProcessor user) throws Exception {
        return mvc.perform(post("/api/v1/inbox/" + item + "/read").with(user));
    }

    private ResultActions unreadCount(RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/api/v1/inbox/unread-count").with(user)).andExpect(status().isOk());
    }

    private List<Long> awaitItems(SlaAlertRaised alert, int count) {
        await("the items of alert " + alert.eventId()).atMost(TIMEOUT).until(() -> itemsOf(alert).size() >= count);
        return itemsOf(alert);
    }

    private List<Long> itemsOf(SlaAlertRaised alert) {
        return jdbc.sql("""
                SELECT i.id FROM inbox_item i JOIN inbox_alert a ON a.id = i.alert_id WHERE a.event_id = ?
                ORDER BY i.id""").param(alert.eventId()).query(Long.class).list();
    }

    private long item(SlaAlertRaised alert, Audience audience) {
        return jdbc.sql("""
                SELECT i.id FROM inbox_item i JOIN inbox_alert a ON a.id = i.alert_id
                WHERE a.event_id = ? AND i.audience = ?""").param(alert.eventId()).param(audience.name())
                .query(Long.class).single();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
