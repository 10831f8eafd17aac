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

import org.complaintsuite.console.workflow.Cases;
import org.complaintsuite.console.workflow.QualityFindings;
import org.complaintsuite.console.workflow.WorkflowClient;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

/** The quality-finding pages, with workflow replaced by a mock (as in ConsolePagesTest). */
@SpringBootTest(properties = "console.local.token.secret=console-test-secret-of-at-least-32-bytes")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class QualityFindingPagesTest {

    private static final String FINDING = "0b7c3f8e-2d7a-3c55-9f0e-8a6b2c1d4e5f";
    private static final Instant SAID = Instant.parse("2026-12-06T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WorkflowClient workflow;

    private static QualityFindings.Finding finding(QualityFindings.Review review) {
        return new QualityFindings.Finding(FINDING, "complaint-1", "COMPLAINT", "PHONE", "CC-20261206-000123",
                SAID.minusSeconds(30), "THIRD_PARTY_CONTACT", "THIRD_PARTY_CONTACT",
                "tells the customer the firm will contact other people about the debt", "A0192", null, 1, SAID,
                "再不还我们就联系你的家人", List.of(new Cases.Evidence("TEXT_SPAN", "联系你的家人", 6, 12)),
                SAID.plusSeconds(4), true, review);
    }

    @Test
    void theListShowsTheFindingsToReviewWithTheAgentAndTheCategory() throws Exception {
        given(workflow.qualityFindings(true, null)).willReturn(List.of(finding(null)));

        mvc.perform(get("/quality-findings").with(user("lead-wang").roles("SUPERVISOR"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("坐席话术质检")))
                .andExpect(content().string(containsString("data-finding-id=\"" + FINDING + "\"")))
                .andExpect(content().string(containsString("向第三方透露债务")))
                .andExpect(content().string(containsString("A0192")))
                .andExpect(content().string(containsString("30分钟内送达")))
                .andExpect(content().string(containsString("称将或已向第三方透露欠款")));
    }

    @Test
    void theListAsksWorkflowForOneCategoryAndIgnoresAnUnknownOne() throws Exception {
        given(workflow.qualityFindings(false, "THREAT")).willReturn(List.of());

        mvc.perform(get("/quality-findings?unreviewed=false&category=THREAT")
                        .with(user("lead-wang").roles("SUPERVISOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有质检发现")));
        mvc.perform(get("/quality-findings?category=SHOUTING").with(user("lead-wang").roles("SUPERVISOR")))
                .andExpect(status().isOk());
        verify(workflow).qualityFindings(false, "THREAT");
        verify(workflow).qualityFindings(true, null);
    }

    @Test
    void aFindingMarksTheEvidenceInTheAgentsWordsAndOffersSupervisorsTheReview() throws Exception {
        given(workflow.qualityFinding(FINDING)).willReturn(finding(null));

        mvc.perform(get("/quality-findings/" + FINDING).with(user("lead-wang").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("再不还我们就<mark")))
                .andExpect(content().string(containsString(">联系你的家人</mark>")))
                .andExpect(content().string(containsString("组主管（该坐席不在花名册上）")))
                .andExpect(content().string(containsString("href=\"/cases/complaint-1\"")))
                .andExpect(content().string(containsString("id=\"form-review\"")));
        mvc.perform(get("/quality-findings/" + FINDING).with(user("ops-zhao").roles("OPERATIONS")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"form-review\""))));
    }

    @Test
    void aReviewedFindingShowsItsVerdictAndNoForm() throws Exception {
        given(workflow.qualityFinding(FINDING)).willReturn(finding(new QualityFindings.Review("CONFIRMED", "已辅导",
                "lead-wang", SAID.plusSeconds(600))));

        mvc.perform(get("/quality-findings/" + FINDING).with(user("lead-wang").roles("SUPERVISOR")))
                .andExpect(content().string(containsString("属实：坐席确有不当话术")))
                .andExpect(content().string(containsString("已辅导")))
                .andExpect(content().string(not(containsString("id=\"form-review\""))));
    }

    @Test
    void theReviewIsSentToWorkflow() throws Exception {
        mvc.perform(post("/quality-findings/" + FINDING + "/review").param("verdict", "DISMISSED")
                        .param("note", "客户自己提到家人").with(csrf()).with(user("lead-wang").roles("SUPERVISOR")))
                .andExpect(redirectedUrl("/quality-findings/" + FINDING))
                .andExpect(flash().attribute("doneLine", "已记录复核。"));
        verify(workflow).reviewQualityFinding(FINDING, Map.of("verdict", "DISMISSED", "note", "客户自己提到家人"));
    }

    @Test
    void agentsDoNotOpenQualityFindings() throws Exception {
        mvc.perform(get("/quality-findings").with(user("agent-li").roles("AGENT"))).andExpect(status().isForbidden());
    }
}
