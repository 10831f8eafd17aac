package org.complaintsuite.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.complaintsuite.console.workflow.CareTasks;
import org.complaintsuite.console.workflow.Cases;
import org.complaintsuite.console.workflow.WorkflowClient;
import org.complaintsuite.console.workflow.WorkflowException;
import org.complaintsuite.console.workflow.WorkflowProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The care-task pages, with workflow replaced by a mock (as in ConsolePagesTest). */
@SpringBootTest(properties = "console.local.token.secret=console-test-secret-of-at-least-32-bytes")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class CareTaskPagesTest {

    private static final String TASK = "5d1c0a66-8f43-3b1e-a2a8-1f2d3c4b5a69";
    private static final Instant OPENED = Instant.parse("2026-12-06T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WorkflowClient workflow;

    private static CareTasks.Task task(String status, String feedbackState) {
        return new CareTasks.Task(TASK, OPENED.minusSeconds(60), OPENED, status,
                new Cases.Risk(65, "HIGH", List.of(new Cases.Signal("MEDIA_THREAT", "threatens media exposure", 60,
                        List.of(new Cases.Evidence("TEXT_SPAN", "曝光", 5, 7))))), 0.93,
                new CareTasks.Clock(OPENED.plusSeconds(1800), null, null, feedbackState),
                null, null, new CareTasks.Clock(OPENED.plusSeconds(86_400), null, null, "RUNNING"), null, null, null,
                new CareTasks.Contact("PHONE", "C100234", "+8613800138000", "A0192", "我要找媒体曝光你们",
                        "the call was not flagged as a complaint"));
    }

    @Test
    void theQueueListsTheOpenTasksWithTheirPropensityAndClocks() throws Exception {
        given(workflow.careTasks()).willReturn(List.of(task("OPEN", "OVERDUE")));

        mvc.perform(get("/care-tasks").with(user("pro-li").roles("AGENT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("关怀工单")))
                .andExpect(content().string(containsString("data-contact-id=\"" + TASK + "\"")))
                .andExpect(content().string(containsString("已超时")))
                .andExpect(content().string(containsString("我要找媒体曝光你们")));
    }

    @Test
    void anOpenTaskShowsTheWordsTheSignalsAndTheReviewFormButNotTheOutcomeForm() throws Exception {
        given(workflow.careTask(TASK)).willReturn(task("OPEN", "RUNNING"));

        mvc.perform(get("/care-tasks/" + TASK).with(user("pro-li").roles("AGENT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contact-words\"")))
                .andExpect(content().string(containsString("data-signal=\"MEDIA_THREAT\"")))
                .andExpect(content().string(containsString("id=\"form-feedback\"")))
                .andExpect(content().string(not(containsString("id=\"form-outcome\""))))
                .andExpect(content().string(containsString("A0192")));
    }

    @Test
    void theDecisionIsSentToWorkflowAndTheRefusalComesBackInWords() throws Exception {
        given(workflow.careCommand(eq(TASK), eq("outcome"), any())).willThrow(new WorkflowException(
                new WorkflowProblem(409, "urn:complaintsuite:problem:conflict", "Conflict",
                        "Refused: the care task must be reviewed (feedback) before its outcome is recorded.", null,
                        List.of())));

        mvc.perform(post("/care-tasks/" + TASK + "/feedback").param("decision", "CALL_BACK").param("note", "回访")
                        .with(csrf()).with(user("lead-wang").roles("SUPERVISOR")))
                .andExpect(redirectedUrl("/care-tasks/" + TASK))
                .andExpect(flash().attribute("doneLine", "已记录质检决定。"));
        verify(workflow).careCommand(TASK, "feedback", Map.of("decision", "CALL_BACK", "note", "回访"));

        var refused = mvc.perform(post("/care-tasks/" + TASK + "/outcome").param("outcome", "SOOTHED").with(csrf())
                .with(user("pro-li").roles("AGENT"))).andExpect(redirectedUrl("/care-tasks/" + TASK)).andReturn();
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) refused.getFlashMap().get("errorLines");
        assertThat(lines).isNotEmpty();
    }

    @Test
    void operationsDoNotOpenCareTasks() throws Exception {
        mvc.perform(get("/care-tasks").with(user("ops-zhao").roles("OPERATIONS"))).andExpect(status().isForbidden());
    }
}
