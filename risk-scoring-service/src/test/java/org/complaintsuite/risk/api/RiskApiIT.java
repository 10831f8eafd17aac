package org.complaintsuite.risk.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.risk.ActingAsSupervisor;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.assessment.AssessmentService;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class, ActingAsSupervisor.class})
class RiskApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    @Test
    void textAnalysisScoresTraditionalInputLikeSimplified() throws Exception {
        String traditional = mvc.perform(post("/api/v1/text-analysis").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"我要投訴到銀保監會！！你們太過分了\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("我要投诉到银保监会!!你们太过分了"))
                .andExpect(jsonPath("$.signals[*].code", hasItem("REGULATOR_THREAT")))
                .andExpect(jsonPath("$.signals[*].code", hasItem("EMPHATIC")))
                .andExpect(jsonPath("$.signals[?(@.code == 'REGULATOR_THREAT')].evidence[0].value").value("银保监会"))
                .andReturn().getResponse().getContentAsString();
        String simplified = mvc.perform(post("/api/v1/text-analysis").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"我要投诉到银保监会！！你们太过分了\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(traditional).isEqualTo(simplified);
    }

    @Test
    void textAnalysisOfAPoliteQuestionScoresNothingAndItsEmotionIsTheModelsReadingAlone() throws Exception {
        // the model reads polarity as learnt from reviews, where 什么时候出 is mostly an unhappy buyer: it may read such
        // a question as dissatisfied (a known limit, docs/prevention.md), but that alone is no signal and no score
        mvc.perform(post("/api/v1/text-analysis").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"请问我的账单什么时候出？\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(0))
                .andExpect(jsonPath("$.level").value("LOW"))
                .andExpect(jsonPath("$.signals").isEmpty())
                .andDo(result -> {
                    var body = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
                    assertThat(body.get("negativeEmotion").asDouble())
                            .isEqualTo(Math.round(body.get("dissatisfaction").asDouble() * 100) / 100.0);
                });
    }

    @Test
    void textAnalysisWithoutTextIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/text-analysis").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Test
    void aWatchListedPhoneInAnyFormMakesAComplaintWatchlistedAndCanBeRemoved() throws Exception {
        String digits = String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        String spaced = "+86 139 " + digits.substring(0, 4) + " " + digits.substring(4);
        String e164 = "+86139" + digits;
        mvc.perform(post("/api/v1/watchlist").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PHONE\", \"value\": \"" + spaced + "\", \"reason\": \"agency hotline\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value(e164));
        mvc.perform(get("/api/v1/watchlist")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].value", hasItem(e164)));

        List<ComplaintAssessed> assessed = service.process(complaintFrom(e164));

        assertThat(assessed.getFirst().proxy().signals()).extracting(RiskSignal::code).contains("WATCHLISTED");
        mvc.perform(delete("/api/v1/watchlist").param("type", "PHONE").param("value", e164))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/watchlist").param("type", "PHONE").param("value", e164)
                        .param("reason", "  ")).andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/watchlist").param("type", "PHONE").param("value", e164)
                        .param("reason", "number passed to a law firm")).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/watchlist").param("type", "PHONE").param("value", e164)
                        .param("reason", "again")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/watchlist/changes").param("limit", "500")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.value == '" + e164 + "')].action").value(contains("REMOVED", "ADDED")))
                .andExpect(jsonPath("$[?(@.value == '" + e164 + "')].actor")
                        .value(contains(ActingAsSupervisor.USER, ActingAsSupervisor.USER)))
                .andExpect(jsonPath("$[?(@.value == '" + e164 + "')].reason")
                        .value(contains("number passed to a law firm", "agency hotline")));
    }

    @Test
    void watchListEntriesThatCannotMatchAreRefused() throws Exception {
        mvc.perform(post("/api/v1/watchlist").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PHONE\", \"value\": \"not a phone\", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        mvc.perform(post("/api/v1/watchlist").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"ID_NUMBER\", \"value\": \"44030119850101123X\", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(post("/api/v1/watchlist").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PHONE\", \"value\": \"13800138000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void unknownAssessmentsAndRingsAre404() throws Exception {
        mvc.perform(get("/api/v1/assessments/no-such-complaint")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/clusters/no-such-ring")).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDescriptionIsTitledAndDescribesEveryOperationWithAnExampleOfEveryRequestBody() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Risk scoring service"))
                .andExpect(jsonPath("$.info.description").value(containsString("PROXY_FLAG_DISMISSED")))
                .andExpect(jsonPath("$.paths['/api/v1/text-analysis'].post.requestBody.content['application/json']"
                        + ".examples.threat.value.text").value(containsString("银保监会")))
                .andExpect(jsonPath("$.paths['/api/v1/watchlist'].post.requestBody.content['application/json']"
                        + ".examples.phone.value.type").value("PHONE"))
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{complaintId}'].get.responses['404'].content"
                        + "['application/problem+json']").exists())
                .andExpect(jsonPath("$.components.securitySchemes['bearer-jwt'].scheme").value("bearer"))
                .andReturn().getResponse().getContentAsString();

        JsonNode paths = JsonMapper.builder().build().readTree(body).get("paths");
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey() + " " + path.getKey();
                operations.add(name);
                assertThat(operation.getValue().path("summary").asString()).as(name).isNotBlank();
                assertThat(operation.getValue().path("description").asString()).as(name).isNotBlank();
                for (JsonNode content : operation.getValue().path("requestBody").path("content")) {
                    assertThat(content.path("examples").isEmpty()).as(name + " request examples").isFalse();
                }
            }
        }
        assertThat(operations).contains("post /api/v1/text-analysis", "post /api/v1/watchlist",
                "get /api/v1/watchlist", "delete /api/v1/watchlist", "get /api/v1/watchlist/changes", "get /api/v1/assessments/{complaintId}",
                "get /api/v1/clusters/{clusterId}");
    }

    @Test
    void swaggerUiIsServedAtSwaggerUiHtml() throws Exception {
        String location = mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location)).andExpect(status().isOk());
    }

    private static ComplaintReceived complaintFrom(String phone) {
        String id = "watch-" + UUID.randomUUID();
        Instant at = Instant.parse("2025-10-11T01:15:02Z");
        return new ComplaintReceived(UUID.randomUUID(), at, id, Channel.CHAT, ComplaintSource.APP, "CHAT-" + id, at,
                new Customer(null, "cid-" + id, null, phone, null, null, null, null, null), null,
                new ComplaintText("利息太高", "利息太高", null, null, null, null), null, List.of(), List.of());
    }
}
