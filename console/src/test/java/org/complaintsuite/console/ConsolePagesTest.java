package org.complaintsuite.console;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.console.security.ServiceTokens;
import org.complaintsuite.console.workflow.CareTasks;
import org.complaintsuite.console.workflow.Cases;
import org.complaintsuite.console.workflow.Inbox;
import org.complaintsuite.console.workflow.WorkflowClient;
import org.complaintsuite.console.workflow.WorkflowException;
import org.complaintsuite.console.workflow.WorkflowProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console's sign-in, access rules, command forms and tokens, with workflow replaced by a mock. */
@SpringBootTest(properties = "console.local.token.secret=console-test-secret-of-at-least-32-bytes")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class ConsolePagesTest {

    private static final String CASE = "679ccbaa-ea42-3e82-9f8a-158c5619f55b";

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceTokens tokens;

    @MockitoBean
    WorkflowClient workflow;

    @Test
    void aCaseWhoseAssessmentFailedCarriesTheBadgeInTheQueue() throws Exception {
        given(workflow.queue(any())).willReturn(new Cases.Page(List.of(new Cases.Summary(CASE, "CHAT", "APP",
                "RECEIVED", "GENERAL", null, null, null, null, Instant.parse("2025-10-11T01:15:02Z"), null, false,
                List.of(), 0, "陈*", "+86138****8000", true)), 0, 50, 1, 1));

        mvc.perform(get("/queue").with(user("agent-li").roles("AGENT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-assessment-failed=\"true\"")))
                .andExpect(content().string(containsString("评估失败")));
    }

    @Test
    void aCaseWhoseAssessmentFailedSaysSoWhereItsSignalsWouldBe() throws Exception {
        given(workflow.caseView(CASE)).willReturn(new Cases.View(CASE, "CHAT", "APP", null, null, null, "RECEIVED",
                "GENERAL", "not yet assessed", null, null, null, null, Instant.parse("2025-10-11T01:15:02Z"), null,
                null, null, null, null, null, null, null, null, null, null, null, null, 0, List.of(), null, null,
                null, null, List.of(), null, new Cases.AssessmentFailure("UncategorizedSQLException",
                        Instant.parse("2025-10-11T01:15:09Z"), 1L)));

        mvc.perform(get("/cases/" + CASE).with(user("agent-li").roles("AGENT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-assessment-failed\"")))
                .andExpect(content().string(containsString("id=\"risk-assessment-failed\"")))
                .andExpect(content().string(containsString("已通知运维")))
                .andExpect(content().string(not(containsString("风险评估中"))));
    }

    @Test
    void aCaseListsTheCustomersContactsBeforeItWithTheirCareTasks() throws Exception {
        given(workflow.caseView(CASE)).willReturn(new Cases.View(CASE, "CHAT", "APP", null, null, null, "RECEIVED",
                "GENERAL", null, null, null, null, null, Instant.parse("2025-10-11T01:15:02Z"), null,
                null, null, null, null, null, null, null, null, null, null, null, null, 0, List.of(), null, null,
                null, null, List.of(), null, null));
        given(workflow.linkedContacts(CASE)).willReturn(List.of(
                new CareTasks.LinkedContact("contact-2", "PHONE", Instant.parse("2025-10-10T02:00:00Z"), "扣款太乱了",
                        "A0192", new CareTasks.LinkedTask(65, "HIGH", "CLOSED", "BECAME_COMPLAINT")),
                new CareTasks.LinkedContact("contact-1", null, null, null, null, null)));

        mvc.perform(get("/cases/" + CASE).with(user("agent-li").roles("AGENT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("投诉前的联络")))
                .andExpect(content().string(containsString("扣款太乱了")))
                .andExpect(content().string(containsString("href=\"/care-tasks/contact-2\"")))
                .andExpect(content().string(containsString("已关闭 · 转为投诉")))
                .andExpect(content().string(containsString("data-contact-id=\"contact-1\"")));
    }

    @Test
    void anOperationsAlertIsShownInTheInboxByItsKind() throws Exception {
        given(workflow.inbox(any(), anyInt(), anyInt())).willReturn(new Inbox.Page(List.of(new Inbox.Item("9",
                null, CASE, null, null, "ASSESSMENT_FAILED", "ROLE", "OPERATIONS", null, null, null, null,
                Instant.parse("2025-10-11T02:00:00Z"), false)), 0, 20, 1, 1, 1));

        mvc.perform(get("/inbox").with(user("ops-zhao").roles("OPERATIONS"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("评估失败")))
                .andExpect(content().string(containsString("运维")));
    }

    @Test
    void theLoginPageIsPublicAndEveryOtherPageSendsToIt() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/queue")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLocalUsersSignInWithTheirPassword() throws Exception {
        mvc.perform(formLogin("/login").user("agent-li").password("dev")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("agent-li").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anAgentDoesNotOpenTheDashboardNorTheBoard() throws Exception {
        mvc.perform(get("/dashboard").with(user("agent-li").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/board").with(user("agent-li").roles("AGENT"))).andExpect(status().isForbidden());
    }

    @Test
    void operationsDoNotOpenCases() throws Exception {
        mvc.perform(get("/cases/" + CASE).with(user("ops-zhao").roles("OPERATIONS")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCommandWithoutTheCsrfTokenIsRefusedBeforeReachingWorkflow() throws Exception {
        mvc.perform(post("/cases/" + CASE + "/commands/note").param("text", "备注")
                .with(user("agent-li").roles("AGENT"))).andExpect(status().isForbidden());
        verify(workflow, never()).command(any(), any(), any(), any());
    }

    @Test
    void aCommandSendsTheVersionTheUserSaw() throws Exception {
        mvc.perform(post("/cases/" + CASE + "/commands/transfer").param("version", "7").param("group", "FEES")
                        .param("reason", "费用争议").with(csrf()).with(user("lead-wang").roles("SUPERVISOR")))
                .andExpect(redirectedUrl("/cases/" + CASE))
                .andExpect(flash().attribute("doneLine", "已转组。"));
        verify(workflow).command(eq(CASE), eq("transfer"), eq(7L), eq(Map.of("group", "FEES", "reason", "费用争议")));
    }

    @Test
    void aStaleVersionIsExplainedOnThePage() throws Exception {
        given(workflow.command(eq(CASE), eq("pause"), eq(3L), any())).willThrow(new WorkflowException(
                new WorkflowProblem(409, "urn:complaintsuite:problem:stale-version", "Stale version",
                        "The case is at version 4, not 3.", 4L, List.of())));

        var result = mvc.perform(post("/cases/" + CASE + "/commands/pause").param("version", "3")
                        .param("reason", "等待客户材料").with(csrf()).with(user("agent-li").roles("AGENT")))
                .andExpect(redirectedUrl("/cases/" + CASE)).andReturn();

        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) result.getFlashMap().get("errorLines");
        assertThat(lines.getFirst()).contains("已被他人更新").contains("第 4 版");
    }

    @Test
    void aFormLeftBlankIsNotSent() throws Exception {
        mvc.perform(post("/cases/" + CASE + "/commands/withdraw").param("version", "1").param("reason", " ")
                        .with(csrf()).with(user("agent-li").roles("AGENT")))
                .andExpect(flash().attribute("errorLines", List.of("请填写：原因")));
        verify(workflow, never()).command(any(), any(), any(), any());
    }

    @Test
    void theLocalTokenCarriesTheUsersRolesAndGroupsSignedWithTheSecret() throws Exception {
        String token = tokens.bearerFor(new UsernamePasswordAuthenticationToken("lead-wang", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_SUPERVISOR"), new SimpleGrantedAuthority("GROUP_FEES"))));

        String[] parts = token.split("\\.");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("console-test-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertThat(parts[2]).isEqualTo(signature);
        JsonNode claims = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("preferred_username").asString()).isEqualTo("lead-wang");
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("SUPERVISOR");
        assertThat(claims.get("groups").get(0).asString()).isEqualTo("FEES");
        assertThat(claims.get("exp").asLong()).isGreaterThan(Instant.now().getEpochSecond())
                .isLessThanOrEqualTo(Instant.now().getEpochSecond() + 300);
    }
}
