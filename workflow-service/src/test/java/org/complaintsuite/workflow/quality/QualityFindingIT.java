package org.complaintsuite.workflow.quality;

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
import org.springframework.test.web.servlet.ResultActions;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.model.QualityFinding.Category;
import org.complaintsuite.model.QualityFindings;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintsuite.workflow.TestTokens.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Quality findings from quality.findings on a real broker and PostgreSQL: to the rostered agent's supervisor (or the
 * unrostered group's supervisors) once, within the half hour; read with an access-log record; reviewed once; the
 * roster kept by operations; closed to other roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class QualityFindingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QualityFindingPurge purge;

    @Test
    void aFindingAboutARosteredAgentReachesTheirSupervisorOnceWithinTheHalfHour() throws Exception {
        String agent = "A-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(put("/api/v1/agents/" + agent).with(as("ops-zhao", "OPERATIONS"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"supervisor\": \"lead-wang\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.supervisor").value("lead-wang"));
        QualityFindings event = findings(agent, "再不还我们就联系你的家人，身份证110101199003074514", "联系你的家人");

        kafka.send(Topics.QUALITY_FINDINGS, event.conversationId(), event);
        kafka.send(Topics.QUALITY_FINDINGS, event.conversationId(), event);

        UUID id = event.findings().getFirst().findingId();
        awaitStored(id);
        assertThat(recipients(id)).containsExactly("USER:lead-wang");
        mvc.perform(get("/api/v1/quality-findings/" + id).with(as("lead-wang", "SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rule").value("THIRD_PARTY_CONTACT"))
                .andExpect(jsonPath("$.agentId").value(agent))
                .andExpect(jsonPath("$.supervisor").value("lead-wang"))
                .andExpect(jsonPath("$.externalReference").value("CC-" + event.conversationId()))
                .andExpect(jsonPath("$.evidence[0].value").value("联系你的家人"))
                .andExpect(jsonPath("$.words").value("再不还我们就联系你的家人，身份证1101**********4514"))
                .andExpect(jsonPath("$.deliveredOnTime").value(true))
                .andExpect(jsonPath("$.review").doesNotExist());
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_access WHERE complaint_id = ? AND action = "
                + "'READ_QUALITY_FINDING'").param(event.conversationId()).query(Integer.class).single()).isOne();
        Thread.sleep(500);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_alert WHERE complaint_id = ?").param(id.toString())
                .query(Integer.class).single()).as("one alert for a redelivered finding").isOne();
    }

    @Test
    void aFindingAboutAnAgentNotOnTheRosterGoesToTheUnrosteredGroupsSupervisorsAndSaysSo() throws Exception {
        QualityFindings event = findings("A-unknown-" + UUID.randomUUID().toString().substring(0, 6), "闭嘴听我说",
                "闭嘴");

        kafka.send(Topics.QUALITY_FINDINGS, event.conversationId(), event);

        UUID id = event.findings().getFirst().findingId();
        awaitStored(id);
        assertThat(recipients(id)).containsExactly("GROUP_SUPERVISORS:GENERAL");
        assertThat(jdbc.sql("SELECT reason FROM inbox_alert WHERE complaint_id = ?").param(id.toString())
                .query(String.class).single()).contains("not on the roster").doesNotContain("闭嘴听我说");
    }

    @Test
    void aFindingIsReviewedOnceBySupervisorsOnlyAndListedUntilThen() throws Exception {
        QualityFindings event = findings("A-" + UUID.randomUUID().toString().substring(0, 8), "闭嘴听我说", "闭嘴");
        kafka.send(Topics.QUALITY_FINDINGS, event.conversationId(), event);
        UUID id = event.findings().getFirst().findingId();
        awaitStored(id);

        assertThat(unreviewedIds()).contains(id.toString());
        assertThat(ids("/api/v1/quality-findings?category=RUDENESS&size=200")).contains(id.toString());
        assertThat(ids("/api/v1/quality-findings?category=THREAT&size=200")).doesNotContain(id.toString());
        mvc.perform(get("/api/v1/quality-findings?category=SHOUTING").with(as("lead-wang", "SUPERVISOR")))
                .andExpect(status().isBadRequest());
        review(id, "{\"verdict\": \"CONFIRMED\"}", "ops-zhao", "OPERATIONS").andExpect(status().isForbidden());
        review(id, "{\"verdict\": \"MAYBE\"}", "lead-wang", "SUPERVISOR").andExpect(status().isBadRequest());
        review(id, "{\"verdict\": \"CONFIRMED\", \"note\": \"已辅导\"}", "lead-wang", "SUPERVISOR")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.review.verdict").value("CONFIRMED"))
                .andExpect(jsonPath("$.review.reviewedBy").value("lead-wang"));
        review(id, "{\"verdict\": \"DISMISSED\"}", "lead-wang", "SUPERVISOR").andExpect(status().isConflict());
        review(UUID.randomUUID(), "{\"verdict\": \"DISMISSED\"}", "lead-wang", "SUPERVISOR")
                .andExpect(status().isNotFound());
        assertThat(unreviewedIds()).doesNotContain(id.toString());
    }

    @Test
    void onlySupervisorsAndOperationsReadFindingsAndOnlyOperationsKeepTheRoster() throws Exception {
        mvc.perform(get("/api/v1/quality-findings").with(as("agent-li", "AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quality-findings")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/quality-findings").with(as("ops-zhao", "OPERATIONS"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agents").with(as("lead-wang", "SUPERVISOR"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/agents/A1").with(as("lead-wang", "SUPERVISOR"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"supervisor\": \"lead-wang\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/agents/A1").with(as("ops-zhao", "OPERATIONS"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"supervisor\": \" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/agents/A-never").with(as("ops-zhao", "OPERATIONS")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWordsOfOldFindingsArePurgedAndTheFindingStays() throws Exception {
        QualityFindings event = findings("A-" + UUID.randomUUID().toString().substring(0, 8), "闭嘴听我说", "闭嘴");
        kafka.send(Topics.QUALITY_FINDINGS, event.conversationId(), event);
        UUID id = event.findings().getFirst().findingId();
        awaitStored(id);
        jdbc.sql("UPDATE quality_finding SET received_at = now() - interval '181 days' WHERE finding_id = ?")
                .param(id).update();

        purge.purge();

        mvc.perform(get("/api/v1/quality-findings/" + id).with(as("lead-wang", "SUPERVISOR")))
                .andExpect(jsonPath("$.words").doesNotExist())
                .andExpect(jsonPath("$.evidence").isEmpty())
                .andExpect(jsonPath("$.rule").value("RUDENESS"));
    }

    private ResultActions review(UUID id, String body, String user, String role) throws Exception {
        return mvc.perform(post("/api/v1/quality-findings/" + id + "/review").with(as(user, role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private List<String> unreviewedIds() throws Exception {
        return ids("/api/v1/quality-findings?unreviewed=true&size=200");
    }

    private List<String> ids(String path) throws Exception {
        String page = mvc.perform(get(path).with(as("lead-wang", "SUPERVISOR"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return List.of(page.split("\"findingId\":\"")).stream().skip(1).map(s -> s.substring(0, 36)).toList();
    }

    private List<String> recipients(UUID findingId) {
        return jdbc.sql("""
                SELECT i.audience || ':' || i.recipient FROM inbox_item i JOIN inbox_alert a ON a.id = i.alert_id
                WHERE a.complaint_id = ? AND a.kind = 'QC_FINDING'""").param(findingId.toString())
                .query(String.class).list();
    }

    private void awaitStored(UUID findingId) {
        await().atMost(TIMEOUT).until(() -> !recipients(findingId).isEmpty());
    }

    private static QualityFindings findings(String agent, String words, String quote) {
        String conversation = "complaint-" + UUID.randomUUID();
        Instant now = Instant.now();
        var finding = new QualityFinding(UUID.randomUUID(), quote.equals("联系你的家人") ? Category.THIRD_PARTY_CONTACT
                : Category.RUDENESS, quote.equals("联系你的家人") ? "THIRD_PARTY_CONTACT" : "RUDENESS",
                "says something wrong", agent, 1, now.minusSeconds(5), words,
                List.of(Evidence.span(quote, words.indexOf(quote))));
        return new QualityFindings(UUID.randomUUID(), now, conversation, QualityFindings.Kind.COMPLAINT, Channel.PHONE,
                ComplaintSource.PHONE, "CC-" + conversation, now.minusSeconds(60), List.of(finding));
    }
}
