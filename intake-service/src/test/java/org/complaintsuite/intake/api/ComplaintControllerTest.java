package org.complaintsuite.intake.api;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.intake.ExamplePayloads;
import org.complaintsuite.intake.IntakeProperties;
import org.complaintsuite.intake.channel.ComplaintIntake;
import org.complaintsuite.intake.channel.ContactTriage;
import org.complaintsuite.intake.channel.chat.ChatNormalizer;
import org.complaintsuite.intake.channel.phone.PhoneNormalizer;
import org.complaintsuite.intake.channel.regulator.RegulatorNormalizer;
import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.intake.normalize.Normalization;
import org.complaintsuite.intake.publish.ComplaintPublisher;
import org.complaintsuite.intake.security.SecurityConfiguration;
import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.support.ServiceUnavailableException;
import org.complaintsuite.support.security.SuiteResourceServer;
import org.complaintsuite.support.web.ProblemDetailsAutoConfiguration;
import org.complaintsuite.testsupport.security.SuiteTestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HTTP contract of the intake endpoints: real normalizers and the suite's problem-details handler, with the
 * publisher replaced (the broker is ComplaintIntakeIT's business).
 */
@WebMvcTest(ComplaintController.class)
@Import({SecurityConfiguration.class, ComplaintIntake.class, ContactTriage.class, Normalization.class,
        PhoneNormalizer.class, ChatNormalizer.class, RegulatorNormalizer.class})
@ImportAutoConfiguration({ProblemDetailsAutoConfiguration.class, SuiteResourceServer.class})
@TestPropertySource(properties = "suite.security.jwt-secret=" + SuiteTestTokens.SECRET)
class ComplaintControllerTest {

    private static final String PHONE_PATH = "/api/v1/complaints/phone";
    private static final String CHAT_PATH = "/api/v1/complaints/chat";
    private static final String REGULATOR_PATH = "/api/v1/complaints/regulator";
    private static final int MAX_BYTES = 512 * 1024;

    @TestConfiguration(proxyBeanMethods = false)
    static class IntakeBeans {

        /** Every request of this test comes from the call-center front end's service account (SecurityIT). */
        @Bean
        MockMvcBuilderCustomizer asTheCallCenterFrontEnd() {
            return builder -> builder.defaultRequest(post("/").header(HttpHeaders.AUTHORIZATION,
                    "Bearer " + SuiteTestTokens.of("callcenter-fe", "INTAKE")));
        }

        @Bean
        Clock clock() {
            return ExamplePayloads.fixedClock();
        }

        @Bean
        IntakeProperties intakeProperties() {
            return ExamplePayloads.properties("test-key");
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ComplaintPublisher publisher;

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(PHONE_PATH, ExamplePayloads.PHONE, Channel.PHONE, "CC-20251011-000123"),
                Arguments.of(CHAT_PATH, ExamplePayloads.CHAT, Channel.CHAT, "CHAT-8f1c2a"),
                Arguments.of(REGULATOR_PATH, ExamplePayloads.REGULATOR, Channel.REGULATOR, "NFRA-GD-2025-004512"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void examplePayloadIsAcceptedAndPublishedUnderItsDerivedComplaintId(String path, String payload, Channel channel,
            String externalReference) throws Exception {
        String complaintId = ComplaintIds.of(channel, externalReference);

        postJson(path, ExamplePayloads.json(payload))
                .andExpect(status().isAccepted())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.complaintId").value(complaintId));

        ArgumentCaptor<ComplaintReceived> published = ArgumentCaptor.forClass(ComplaintReceived.class);
        verify(publisher).publish(published.capture());
        assertThat(published.getValue().complaintId()).isEqualTo(complaintId);
        assertThat(published.getValue().channel()).isEqualTo(channel);
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        postJson(PHONE_PATH, "{\"callId\": \"CC-1\", \"startedAt\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:invalid-request"));

        verify(publisher, never()).publish(any());
    }

    @Test
    void fieldOfTheWrongTypeIsABadRequestNamingTheField() throws Exception {
        String payload = ExamplePayloads.json(ExamplePayloads.PHONE, call -> call.put("durationSeconds", "long"));

        postJson(PHONE_PATH, payload)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("durationSeconds")));

        verify(publisher, never()).publish(any());
    }

    @Test
    void missingRequiredFieldIsABadRequestNamingTheField() throws Exception {
        String payload = ExamplePayloads.json(ExamplePayloads.PHONE, call -> call.remove("callId"));

        postJson(PHONE_PATH, payload)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(contains("callId")));

        verify(publisher, never()).publish(any());
    }

    @Test
    void requiredThingTheNormalizerCannotReadIsABadRequestNamingTheField() throws Exception {
        String payload = ExamplePayloads.json(ExamplePayloads.PHONE, call -> call.put("startedAt", "yesterday"));

        postJson(PHONE_PATH, payload)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("startedAt"));

        verify(publisher, never()).publish(any());
    }

    @Test
    void bodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() throws Exception {
        String payload = ExamplePayloads.json(ExamplePayloads.CHAT);

        mvc.perform(post(CHAT_PATH).contentType(MediaType.TEXT_PLAIN).content(payload))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415));

        verify(publisher, never()).publish(any());
    }

    @Test
    void unknownExtraFieldsAreIgnored() throws Exception {
        String payload = ExamplePayloads.json(ExamplePayloads.CHAT, chat -> {
            chat.put("channelVersion", "3.2.1");
            ((ObjectNode) chat.withArray("messages").get(0)).put("messageId", "m-1");
        });

        postJson(CHAT_PATH, payload)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.complaintId").value(ComplaintIds.of(Channel.CHAT, "CHAT-8f1c2a")));
    }

    @Test
    void brokerNotAcknowledgingIsServiceUnavailableWithRetryAfter() throws Exception {
        doThrow(new ServiceUnavailableException("The complaint could not be handed to the message broker.",
                Duration.ofSeconds(5), new IllegalStateException("broker down")))
                .when(publisher).publish(any());

        postJson(CHAT_PATH, ExamplePayloads.json(ExamplePayloads.CHAT))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:unavailable"));
    }

    @Test
    void nullEntryInTheRegulatorsAttachmentsIsNotAServerError() throws Exception {
        String payload = ExamplePayloads.json(ExamplePayloads.REGULATOR,
                transfer -> transfer.withArray("attachments").addNull());

        int status = postJson(REGULATOR_PATH, payload).andReturn().getResponse().getStatus();

        // a caller's malformed list is answered 4xx (or the entry skipped, as null transcript segments are), never 500
        assertThat(status).isIn(202, 400);
    }

    @Test
    void bodyOverTheLimitIsRefusedWith413ProblemNamingTheLimit() throws Exception {
        byte[] body = chatOfSize(MAX_BYTES + 1);

        mvc.perform(post(CHAT_PATH).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:too-large"))
                .andExpect(jsonPath("$.maxBytes").value(MAX_BYTES));

        verify(publisher, never()).publish(any());
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {MAX_BYTES - 1, MAX_BYTES})
    void bodyUpToTheLimitIsAccepted(int size) throws Exception {
        byte[] body = chatOfSize(size);

        mvc.perform(post(CHAT_PATH).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.complaintId").value(ComplaintIds.of(Channel.CHAT, "CHAT-8f1c2a")));

        verify(publisher).publish(any());
    }

    static Stream<Arguments> requiredFields() {
        return Stream.of(
                Arguments.of(PHONE_PATH, ExamplePayloads.PHONE, "callId"),
                Arguments.of(PHONE_PATH, ExamplePayloads.PHONE, "startedAt"),
                Arguments.of(CHAT_PATH, ExamplePayloads.CHAT, "sessionId"),
                Arguments.of(CHAT_PATH, ExamplePayloads.CHAT, "messages"),
                Arguments.of(REGULATOR_PATH, ExamplePayloads.REGULATOR, "caseNumber"),
                Arguments.of(REGULATOR_PATH, ExamplePayloads.REGULATOR, "transferredAt"),
                Arguments.of(REGULATOR_PATH, ExamplePayloads.REGULATOR, "content"));
    }

    @ParameterizedTest(name = "{1} without {2}")
    @MethodSource("requiredFields")
    void payloadWithoutARequiredFieldIsABadRequestNamingTheField(String path, String payload, String field)
            throws Exception {
        postJson(path, ExamplePayloads.json(payload, edit -> edit.remove(field)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:complaintsuite:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field").value(contains(field)));

        verify(publisher, never()).publish(any());
    }

    @ParameterizedTest(name = "{1} with blank {2}")
    @MethodSource("requiredFields")
    void payloadWithABlankRequiredFieldIsABadRequestNamingTheField(String path, String payload, String field)
            throws Exception {
        String json = ExamplePayloads.json(payload, edit -> {
            if (edit.get(field).isArray()) {
                edit.putArray(field);
            }
            else {
                edit.put(field, " ");
            }
        });

        postJson(path, json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains(field)));

        verify(publisher, never()).publish(any());
    }

    @Test
    void traditionalChinesePayloadIsAcceptedAndPublishedInSimplifiedCharacters() throws Exception {
        String payload = ExamplePayloads.json(ExamplePayloads.REGULATOR, transfer -> {
            transfer.put("content", "本人於2024年12月借款8000元，要求退還擔保費和會員費");
            transfer.put("demands", "退還擔保費、會員費");
            transfer.put("businessCategory", "貸款");
            ((ObjectNode) transfer.get("complainant")).put("address", "廣東省深圳市南山區科技園路１號");
            transfer.putArray("attachments").addObject().put("name", "授權書.jpg");
        });

        postJson(REGULATOR_PATH, payload)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.complaintId").value(ComplaintIds.of(Channel.REGULATOR, "NFRA-GD-2025-004512")));

        ArgumentCaptor<ComplaintReceived> published = ArgumentCaptor.forClass(ComplaintReceived.class);
        verify(publisher).publish(published.capture());
        ComplaintReceived complaint = published.getValue();
        assertThat(complaint.text().customerText())
                .isEqualTo("本人于2024年12月借款8000元,要求退还担保费和会员费\n退还担保费、会员费");
        assertThat(complaint.text().originalText()).startsWith("本人於2024年12月借款8000元，要求退還擔保費和會員費");
        assertThat(complaint.text().businessType()).isEqualTo(BusinessType.LOAN);
        assertThat(complaint.customer().addressKey()).isEqualTo("广东省深圳市南山区科技园路1号");
        assertThat(complaint.representative().powerOfAttorney()).isTrue();
    }

    private static byte[] chatOfSize(int size) {
        return ExamplePayloads.jsonOfSize(ExamplePayloads.CHAT, chat -> { }, size);
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
