package org.complaintsuite.intake.channel.phone;

import java.time.Instant;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.intake.ExamplePayloads;
import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhoneNormalizerTest {

    private final PhoneNormalizer normalizer = new PhoneNormalizer(ExamplePayloads.normalization());

    private ComplaintReceived normalizeExample() {
        return normalizer.normalize(ExamplePayloads.read(ExamplePayloads.PHONE, PhoneComplaint.class));
    }

    private ComplaintReceived normalizeExample(Consumer<ObjectNode> edit) {
        return normalizer.normalize(ExamplePayloads.read(ExamplePayloads.PHONE, PhoneComplaint.class, edit));
    }

    @Test
    void phoneComplaintIsReceivedAtCallStartTakingItsOffsetIntoAccount() {
        // startedAt 2025-10-11T09:15:02+08:00
        assertThat(normalizeExample().receivedAt()).isEqualTo(Instant.parse("2025-10-11T01:15:02Z"));
    }

    @Test
    void callIsAPhoneComplaintReferencedByItsCallId() {
        ComplaintReceived complaint = normalizeExample();

        assertThat(complaint.channel()).isEqualTo(Channel.PHONE);
        assertThat(complaint.source()).isEqualTo(ComplaintSource.PHONE);
        assertThat(complaint.externalReference()).isEqualTo("CC-20251011-000123");
        assertThat(complaint.complaintId()).isEqualTo(ComplaintIds.of(Channel.PHONE, "CC-20251011-000123"));
        assertThat(complaint.occurredAt()).isEqualTo(ExamplePayloads.NOW);
        assertThat(complaint.regulator()).isNull();
        assertThat(complaint.representative()).isNull();
        assertThat(complaint.normalizationWarnings()).isEmpty();
    }

    @Test
    void customerTextIsOnlyWhatTheCustomerSaidWithTheAgentSummaryKeptBesideIt() {
        var text = normalizeExample().text();

        assertThat(text.customerText()).isEqualTo("你们提前还款为什么还扣我利息");
        assertThat(text.originalText()).isEqualTo("你们提前还款为什么还扣我利息");
        assertThat(text.customerText()).doesNotContain("我帮您查询");
        assertThat(text.agentSummary()).isEqualTo("客户对提前还款扣款不满");
    }

    @Test
    void severalCustomerSegmentsAreJoinedLineByLineWithoutTheAgentsWords() {
        ComplaintReceived complaint = normalizeExample(call -> call.putArray("transcript")
                .add(segment("CUSTOMER", 1200, "你们提前还款为什么还扣我利息"))
                .add(segment("AGENT", 5300, "您好，我帮您查询一下"))
                .add(segment("customer", 9000, "我要投诉")));

        assertThat(complaint.text().customerText()).isEqualTo("你们提前还款为什么还扣我利息\n我要投诉");
    }

    @Test
    void callerNumberWithCountryCodeAndDashesBecomesE164() {
        var customer = normalizeExample().customer();

        assertThat(customer.phone()).isEqualTo("+8613800138000");
        assertThat(customer.customerId()).isEqualTo("C100234");
        assertThat(customer.customerKey()).startsWith("cid-").doesNotContain("C100234");
    }

    @Test
    void agentSummaryStandsInForTheCustomerWhenTheTranscriptHasNoCustomerWords() {
        ComplaintReceived complaint = normalizeExample(call -> call.putArray("transcript")
                .add(segment("AGENT", 5300, "您好，我帮您查询一下")));

        assertThat(complaint.text().customerText()).isEqualTo("客户对提前还款扣款不满");
    }

    @Test
    void unparseableCallerNumberIsKeptAsGivenWithAWarningInsteadOfRejectingTheCall() {
        ComplaintReceived complaint = normalizeExample(call -> call.put("callerNumber", "abc"));

        assertThat(complaint.customer().phone()).isEqualTo("abc");
        assertThat(complaint.normalizationWarnings()).singleElement().asString().startsWith("callerNumber");
    }

    @Test
    void callWithoutAParseableStartIsRejectedNamingStartedAt() {
        PhoneComplaint call = ExamplePayloads.read(ExamplePayloads.PHONE, PhoneComplaint.class,
                edit -> edit.put("startedAt", "yesterday morning"));

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> normalizer.normalize(call))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("startedAt"));
    }

    @Test
    void callWithNeitherCustomerWordsNorAgentSummaryIsRejectedNamingTheTranscript() {
        PhoneComplaint call = ExamplePayloads.read(ExamplePayloads.PHONE, PhoneComplaint.class, edit -> {
            edit.putArray("transcript").add(segment("AGENT", 5300, "您好，我帮您查询一下"));
            edit.remove("agentSummary");
        });

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> normalizer.normalize(call))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("transcript"));
    }

    private static ObjectNode segment(String speaker, long offsetMs, String text) {
        ObjectNode segment = ExamplePayloads.JSON.createObjectNode();
        return segment.put("speaker", speaker).put("offsetMs", offsetMs).put("text", text);
    }
}
