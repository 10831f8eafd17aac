package org.complaintsuite.workflow.security;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.TestTokens;
import org.complaintsuite.workflow.cases.CaseService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may do what: bearer tokens signed with the tests' secret, roles from the {@code roles} claim. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class SecurityIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Test
    void caseDataWithoutATokenIsA401ProblemWithABearerChallenge() throws Exception {
        mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:unauthenticated"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/cases/" + openCase())).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenSignedWithAnotherSecretOrExpiredIsA401() throws Exception {
        String forged = TestTokens.sign("another-secret-that-is-also-32-bytes-long!", "agent-li",
                Instant.now().plusSeconds(600), "AGENT");
        String expired = TestTokens.sign(TestTokens.SECRET, "agent-li", Instant.now().minus(Duration.ofHours(1)),
                "AGENT");

        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:unauthenticated"));
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + expired))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
    }

    @Test
    void caseDataNeedsAnAgentOrASupervisor() throws Exception {
        String id = openCase();

        mvc.perform(get("/api/v1/cases/" + id).with(TestTokens.as("ops-wu", "OPERATIONS")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:forbidden"));
        mvc.perform(get("/api/v1/cases/" + id).with(TestTokens.as("nobody"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + id).with(TestTokens.as("lead-wang", "SUPERVISOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/" + id).with(TestTokens.as("agent-li", "AGENT"))).andExpect(status().isOk());
    }

    @Test
    void anAgentAssignsACaseOnlyToThemselvesAndASupervisorToAnyone() throws Exception {
        String id = openCase();

        assign(id, 0, "agent-zhang", TestTokens.as("agent-li", "AGENT")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:forbidden"));
        assign(id, 0, "agent-li", TestTokens.as("agent-li", "AGENT")).andExpect(status().isOk());
        // taking a colleague's case is a supervisor's call too
        assign(id, 1, "agent-zhang", TestTokens.as("agent-zhang", "AGENT")).andExpect(status().isForbidden());
        assign(id, 1, "agent-zhang", TestTokens.as("lead-wang", "SUPERVISOR")).andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("agent-zhang"))
                .andExpect(jsonPath("$.timeline[2].actor").value("lead-wang"));
    }

    @Test
    void healthIsOpenToEveryone() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void metricsNeedOperationsOrASupervisor() throws Exception {
        mvc.perform(get("/api/v1/metrics/sla").with(TestTokens.as("agent-li", "AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/metrics/sla").with(TestTokens.as("ops-wu", "OPERATIONS")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
        mvc.perform(get("/api/v1/metrics/sla").with(TestTokens.as("lead-wang", "SUPERVISOR")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
    }

    @Test
    void theCalendarIsReadByAnyoneSignedInAndChangedByOperationsOnly() throws Exception {
        mvc.perform(get("/api/v1/calendar/2026")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/calendar/2026").with(TestTokens.as("agent-li", "AGENT")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/calendar/2026").with(TestTokens.as("lead-wang", "SUPERVISOR"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/calendar/2026").with(TestTokens.as("ops-wu", "OPERATIONS"))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void rolesMayAlsoComeAsASpaceSeparatedString() {
        var converter = new JwtUserConverter("roles");
        var jwt = Jwt.withTokenValue("t").header("alg", "HS256")
                .subject("u-1").claim("roles", "agent supervisor").build();

        var authentication = converter.convert(jwt);

        assertThat(authentication.getName()).isEqualTo("u-1");
        assertThat(authentication.getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_AGENT", "ROLE_SUPERVISOR");
    }

    private ResultActions assign(String id, long version, String assignee, RequestPostProcessor user)
            throws Exception {
        return mvc.perform(post("/api/v1/cases/" + id + "/assignment").with(user)
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": \"" + assignee + "\"}"));
    }

    private String openCase() {
        String id = "sec-" + UUID.randomUUID();
        cases.onReceived(Events.received(id, ComplaintSource.APP, Instant.now().minusSeconds(60)));
        return id;
    }
}
