package org.complaintsuite.intake.channel.phone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.intake.ExamplePayloads;
import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Utterance;
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
    void conversationHoldsEverySpeakersSegmentsTimedFromCallStartWithTheCallsAgentOnTheAgentsTurns() {
        ComplaintReceived complaint = normalizeExample();

        assertThat(complaint.conversation()).containsExactly(
                new Utterance(Utterance.Speaker.CUSTOMER, Instant.parse("2025-10-11T01:15:03.200Z"),
                        "你们提前还款为什么还扣我利息"),
                new Utterance(Utterance.Speaker.AGENT, Instant.parse("2025-10-11T01:15:07.300Z"),
                        "您好,我帮您查询一下", "A0192"));
    }

    @Test
    void aCallWithoutAnAgentIdOrWithOneNoPlatformWouldSendHasAgentTurnsWithoutOne() {
        assertThat(normalizeExample(call -> call.put("agentId", "  ")).conversation())
                .extracting(Utterance::agentId).containsOnlyNulls();
        assertThat(normalizeExample(call -> call.put("agentId", "A".repeat(65))).conversation())
                .extracting(Utterance::agentId).containsOnlyNulls();
        assertThat(normalizeExample(call -> call.put("agentId", "\u0000Ａ０１９２\u200b")).conversation())
                .extracting(Utterance::agentId).containsExactly(null, "A0192");
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

    @Test
    void traditionalTranscriptIsReadInSimplifiedCharactersWithTheOriginalKept() {
        ComplaintReceived complaint = normalizeExample(call -> call.putArray("transcript")
                .add(segment("CUSTOMER", 1200, "我要投訴到銀保監會"))
                .add(segment("AGENT", 5300, "您好，我幫您查詢一下")));

        assertThat(complaint.text().customerText()).isEqualTo("我要投诉到银保监会");
        assertThat(complaint.text().originalText()).isEqualTo("我要投訴到銀保監會");
    }

    @Test
    void traditionalAgentSummaryIsReadInSimplifiedCharacters() {
        ComplaintReceived complaint = normalizeExample(call -> call.put("agentSummary", "客戶對提前還款扣款不滿"));

        assertThat(complaint.text().agentSummary()).isEqualTo("客户对提前还款扣款不满");
    }

    @Test
    void longTranscriptIsNormalizedWithoutLosingAnyOfTheCustomersWords() {
        // pairs of one sentence in traditional and in simplified characters; NFKC also turns the full-width comma
        // into an ASCII one
        String[][] sentences = {
                {"我要投訴到銀保監會，你們的貸款還款有問題", "我要投诉到银保监会,你们的贷款还款有问题"},
                {"你们提前还款为什么还扣我利息", "你们提前还款为什么还扣我利息"},
                {"再不處理我就去銀保監會投訴", "再不处理我就去银保监会投诉"}};
        List<PhoneComplaint.Segment> transcript = new ArrayList<>();
        List<String> original = new ArrayList<>();
        List<String> simplified = new ArrayList<>();
        int length = 0;
        for (int i = 0; length < 20_000; i++) {
            String[] sentence = sentences[i % sentences.length];
            String said = i + "." + sentence[0];
            transcript.add(new PhoneComplaint.Segment("CUSTOMER", i * 4_000L, said));
            transcript.add(new PhoneComplaint.Segment("AGENT", i * 4_000L + 2_000, "您好，我帮您查询一下"));
            original.add(said);
            simplified.add(i + "." + sentence[1]);
            length += said.length() + 1;
        }
        PhoneComplaint call = new PhoneComplaint("CC-long", "13800138000", null, "2025-10-11T09:15:02+08:00", 3600,
                "A0192", transcript, null, true);

        ComplaintReceived complaint = normalizer.normalize(call);

        String expected = String.join("\n", simplified);
        assertThat(expected.length()).isGreaterThanOrEqualTo(20_000);
        assertThat(complaint.text().customerText()).hasSameSizeAs(expected).isEqualTo(expected);
        assertThat(complaint.text().originalText()).isEqualTo(String.join("\n", original));
        assertThat(complaint.receivedAt()).isEqualTo(Instant.parse("2025-10-11T01:15:02Z"));
    }

    @Test
    void callWithOnlyTheRequiredFieldsIsAComplaintOfItsOwn() {
        PhoneComplaint call = new PhoneComplaint("CC-minimal", null, null, "2025-10-11 09:15:02", null, null,
                Arrays.asList(null, new PhoneComplaint.Segment(null, null, null),
                        new PhoneComplaint.Segment("CUSTOMER", null, null),
                        new PhoneComplaint.Segment("CUSTOMER", null, "我要投诉")), null, null);

        ComplaintReceived complaint = normalizer.normalize(call);

        assertThat(complaint.complaintId()).isEqualTo(ComplaintIds.of(Channel.PHONE, "CC-minimal"));
        assertThat(complaint.receivedAt()).isEqualTo(Instant.parse("2025-10-11T01:15:02Z"));
        assertThat(complaint.customer().customerKey()).isEqualTo("cmp-" + complaint.complaintId());
        assertThat(complaint.customer().phone()).isNull();
        assertThat(complaint.text().customerText()).isEqualTo("我要投诉");
        assertThat(complaint.text().agentSummary()).isNull();
        assertThat(complaint.normalizationWarnings()).isEmpty();
    }

    @Test
    void emptyStringsAndAnEmptyTranscriptAreTreatedAsMissing() {
        PhoneComplaint call = new PhoneComplaint("CC-empty", " ", "", "2025-10-11T09:15:02+08:00", null, "",
                List.of(), "客户对提前还款扣款不满", null);

        ComplaintReceived complaint = normalizer.normalize(call);

        assertThat(complaint.customer().customerId()).isNull();
        assertThat(complaint.customer().phone()).isNull();
        assertThat(complaint.text().customerText()).isEqualTo("客户对提前还款扣款不满");
        assertThat(complaint.normalizationWarnings()).isEmpty();
    }

    @Test
    void customerSegmentOfOnlyInvisibleCharactersLetsTheAgentSummaryStandIn() {
        // zero-width space and BEL are not whitespace, so the raw segment is not blank; normalized it is empty,
        // which is the "no usable transcript" case the agent's summary is there for
        ComplaintReceived complaint = normalizeExample(call -> call.putArray("transcript")
                .add(segment("CUSTOMER", 1200, "\u200B\u0007")));

        assertThat(complaint.text().customerText()).isEqualTo("客户对提前还款扣款不满");
    }

    private static ObjectNode segment(String speaker, long offsetMs, String text) {
        ObjectNode segment = ExamplePayloads.JSON.createObjectNode();
        return segment.put("speaker", speaker).put("offsetMs", offsetMs).put("text", text);
    }
}
