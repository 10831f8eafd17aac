package org.complaintsuite.console;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.complaintsuite.console.workflow.Prevention;
import org.complaintsuite.console.workflow.WorkflowClient;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The prevention page, with workflow replaced by a mock (as in CareTaskPagesTest). */
@SpringBootTest(properties = "console.local.token.secret=console-test-secret-of-at-least-32-bytes")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class PreventionPageTest {

    private static final LocalDate FROM = LocalDate.parse("2026-11-09");
    private static final LocalDate TO = LocalDate.parse("2026-12-07");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WorkflowClient workflow;

    private void workflowAnswers(String by, String value) {
        given(workflow.prevention(any(), any())).willReturn(new Prevention.Figures(FROM, TO, 571, 12, 210.15, 142,
                0.5, null, 0, null));
        given(workflow.voice(any(), any(), eq(by))).willReturn(new Prevention.Voice(FROM, TO, by, 0.5,
                List.of(new Prevention.VoiceDay(LocalDate.parse("2026-12-01"), value, 10, 3, 2, 5, 5 / 12.0),
                        new Prevention.VoiceDay(LocalDate.parse("2026-12-02"), "NONE", 4, 1, 0, 1, 0.25)),
                LocalDate.parse("2026-11-30"), 7, 3,
                List.of(new Prevention.Rising(value, 1, 5, 4, 0.1, 5 / 12.0))));
    }

    @Test
    void theFiguresTheChartAndTheRisingTopicsInChinese() throws Exception {
        workflowAnswers("TOPIC", "DEDUCTION");

        mvc.perform(get("/prevention").param("from", "2026-11-09").param("to", "2026-12-06")
                        .with(user("ops-zhao").roles("OPERATIONS")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("预防看板")))
                .andExpect(content().string(containsString("data-metric=\"prevention.contacts\" data-value=\"571\"")))
                .andExpect(content().string(containsString("210.2")))
                .andExpect(content().string(containsString("data-metric=\"prevention.feedbackOnTime\" data-value=\"0.5\"")))
                .andExpect(content().string(containsString("id=\"chart-voice\"")))
                .andExpect(content().string(containsString("&quot;name&quot;:&quot;扣款&quot;")))
                .andExpect(content().string(containsString("未识别主题")))
                .andExpect(content().string(containsString("data-value=\"DEDUCTION\"")))
                .andExpect(content().string(containsString("data-metric=\"rising.DEDUCTION.increase\">+4<")))
                .andExpect(content().string(containsString("41.7%")));
        verify(workflow).voice(LocalDate.parse("2026-11-09"), TO, "TOPIC");
        verify(workflow).prevention(LocalDate.parse("2026-11-09"), TO);
    }

    @Test
    void topicsAreNamedInEnglishInEnglish() throws Exception {
        workflowAnswers("TOPIC", "INTEREST_AND_FEES");

        mvc.perform(get("/prevention").param("lang", "en").with(user("lead-wang").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rising fastest")))
                .andExpect(content().string(containsString("Interest and fees")))
                .andExpect(content().string(not(containsString("利息费用"))));
    }

    @Test
    void theDimensionIsChosenAndAnUnknownOneFallsBackToTopics() throws Exception {
        workflowAnswers("CHANNEL", "PHONE");
        workflowAnswers("TOPIC", "REFUND");

        mvc.perform(get("/prevention").param("by", "channel").with(user("ops-zhao").roles("OPERATIONS")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;name&quot;:&quot;电话&quot;")))
                .andExpect(content().string(containsString("<option value=\"CHANNEL\" selected=\"selected\">渠道</option>")));
        mvc.perform(get("/prevention").param("by", "weather").with(user("ops-zhao").roles("OPERATIONS")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;name&quot;:&quot;退款&quot;")));
    }

    @Test
    void onlyOperationsAndSupervisorsSeeThePageAndItsLink() throws Exception {
        workflowAnswers("TOPIC", "DEDUCTION");

        mvc.perform(get("/prevention")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/prevention").with(user("agent-li").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/care-tasks").with(user("agent-li").roles("AGENT"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/prevention\""))));
        mvc.perform(get("/prevention").with(user("ops-zhao").roles("OPERATIONS")))
                .andExpect(content().string(containsString("href=\"/prevention\"")));
    }
}
