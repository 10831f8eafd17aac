package org.complaintsuite.workflow.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.support.security.Role;
import org.complaintsuite.support.security.SuiteJwtUserConverter;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.testsupport.security.EndpointTable;
import org.complaintsuite.testsupport.security.SuiteTestTokens;
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

/**
 * Who may do what: bearer tokens signed with the tests' secret, roles from the {@code roles} claim spelled exactly;
 * every endpoint of the service in one table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureMetrics
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class SecurityIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

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
    void rolesMayAlsoComeAsASpaceSeparatedStringSpelledExactly() {
        var converter = new SuiteJwtUserConverter("roles");
        var jwt = Jwt.withTokenValue("t").header("alg", "HS256")
                .subject("u-1").claim("roles", "AGENT supervisor,OPERATIONS").build();

        var authentication = converter.convert(jwt);

        assertThat(authentication.getName()).isEqualTo("u-1");
        assertThat(authentication.getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_AGENT", "ROLE_OPERATIONS");
    }

    @Test
    void everyEndpointHasARuleAndTheRuleHolds() throws Exception {
        EndpointTable table = EndpointTable.withOpenParts(ROLES)
                .roles("GET", "/api/v1/cases", "AGENT", "SUPERVISOR")
                .roles("GET", "/api/v1/cases/{complaintId}", "AGENT", "SUPERVISOR")
                .roles("GET", "/api/v1/cases/{complaintId}/timeline", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/assignment", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/contacts", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/notes", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/pause", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/resumption", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/resolution", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/closure", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/withdrawal", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/reopening", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/satisfaction", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/regulator-extension", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/transfer", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/proxy-review", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/merge", "SUPERVISOR")
                .roles("POST", "/api/v1/cases/{complaintId}/regulator-extension/approval", "SUPERVISOR")
                .roles("GET", "/api/v1/cases/{complaintId}/contacts", "AGENT", "SUPERVISOR")
                .roles("GET", "/api/v1/cases/{complaintId}/access-log", "SUPERVISOR")
                .roles("GET", "/api/v1/audit/personal-data", "SUPERVISOR")
                .roles("GET", "/api/v1/care-tasks", "AGENT", "SUPERVISOR")
                .roles("GET", "/api/v1/care-tasks/{contactId}", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/care-tasks/{contactId}/feedback", "AGENT", "SUPERVISOR")
                .roles("POST", "/api/v1/care-tasks/{contactId}/outcome", "AGENT", "SUPERVISOR")
                .roles("GET", "/api/v1/quality-findings", "SUPERVISOR", "OPERATIONS")
                .roles("GET", "/api/v1/quality-findings/{findingId}", "SUPERVISOR", "OPERATIONS")
                .roles("POST", "/api/v1/quality-findings/{findingId}/review", "SUPERVISOR")
                .roles("GET", "/api/v1/agents", "SUPERVISOR", "OPERATIONS")
                .roles("PUT", "/api/v1/agents/{agentId}", "OPERATIONS")
                .roles("DELETE", "/api/v1/agents/{agentId}", "OPERATIONS")
                .roles("GET", "/api/v1/metrics/sla", "OPERATIONS", "SUPERVISOR")
                .roles("GET", "/api/v1/metrics/prevention", "OPERATIONS", "SUPERVISOR")
                .roles("GET", "/api/v1/metrics/voice", "OPERATIONS", "SUPERVISOR")
                .roles("GET", "/api/v1/dead-letters", "OPERATIONS")
                .roles("GET", "/api/v1/dead-letters/topics", "OPERATIONS")
                .roles("GET", "/api/v1/dead-letters/{id}", "OPERATIONS")
                .roles("POST", "/api/v1/dead-letters/{id}/replay", "OPERATIONS")
                .roles("GET", "/api/v1/inbox", "AGENT", "SUPERVISOR", "OPERATIONS")
                .roles("GET", "/api/v1/inbox/unread-count", "AGENT", "SUPERVISOR", "OPERATIONS")
                .roles("POST", "/api/v1/inbox/{id}/read", "AGENT", "SUPERVISOR", "OPERATIONS")
                .roles("POST", "/api/v1/inbox/read-all", "AGENT", "SUPERVISOR", "OPERATIONS")
                .roles("GET", "/api/v1/inbox/stream", "AGENT", "SUPERVISOR", "OPERATIONS")
                .signedIn("GET", "/api/v1/calendar")
                .signedIn("GET", "/api/v1/calendar/{year}")
                .roles("PUT", "/api/v1/calendar/{year}", "OPERATIONS");

        table.assertCovers(mappings);
        table.assertEnforced(mvc);
    }

    @Test
    void tokensWithoutExpiryUnsignedOrSignedWithAnotherSecretAreRefused() throws Exception {
        for (String token : List.of(SuiteTestTokens.withoutExpiry("agent-li", "AGENT"),
                SuiteTestTokens.unsigned("agent-li", "AGENT"),
                SuiteTestTokens.signedWith("another-secret-that-is-also-32-bytes-long!", "agent-li", "AGENT"))) {
            mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + SuiteTestTokens.of("agent-li", "AGENT")))
                .andExpect(status().isOk());
    }

    @Test
    void aRoleSpelledInLowerCaseGrantsNothing() throws Exception {
        mvc.perform(post("/api/v1/cases/" + openCase() + "/transfer").with(TestTokens.as("lead-wang", "supervisor"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"group\": \"FEES\", \"reason\": \"fees\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void prometheusNeedsOperations() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(TestTokens.as("agent-li", "AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(TestTokens.as("ops-wu", "OPERATIONS")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/info").with(TestTokens.as("ops-wu", "OPERATIONS")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownGroupIsAnsweredWithWhatIsAllowedWithoutRepeatingIt() throws Exception {
        String body = mvc.perform(get("/api/v1/cases").param("group", "<script>xss-probe</script>")
                        .with(TestTokens.as("agent-li", "AGENT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("group"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("GENERAL")))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("xss-probe").doesNotContain("script");
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
