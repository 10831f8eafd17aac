package org.complaintsuite.intake.channel.chat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.complaintsuite.intake.ExamplePayloads;
import org.complaintsuite.intake.channel.phone.PhoneComplaint;
import org.complaintsuite.intake.channel.phone.PhoneNormalizer;
import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChatNormalizerTest {

    private final ChatNormalizer normalizer = new ChatNormalizer(ExamplePayloads.normalization());

    private ComplaintReceived normalizeExample() {
        return normalizer.normalize(ExamplePayloads.read(ExamplePayloads.CHAT, ChatComplaint.class));
    }

    private ComplaintReceived normalizeExample(Consumer<ObjectNode> edit) {
        return normalizer.normalize(ExamplePayloads.read(ExamplePayloads.CHAT, ChatComplaint.class, edit));
    }

    @Test
    void chatComplaintIsReceivedAtTheFirstCustomerMessage() {
        assertThat(normalizeExample().receivedAt()).isEqualTo(Instant.ofEpochMilli(1760145302000L))
                .isEqualTo(Instant.parse("2025-10-11T01:15:02Z"));
    }

    @Test
    void firstCustomerMessageIsTheEarliestSentEvenWhenListedLater() {
        ComplaintReceived complaint = normalizeExample(chat -> chat.putArray("messages")
                .add(message("USER", 1760145400000L, "还要等多久"))
                .add(message("BOT", 1760145000000L, "您好，请问有什么可以帮您"))
                .add(message("USER", 1760145302000L, "再不处理我就去银保监会投诉！")));

        assertThat(complaint.receivedAt()).isEqualTo(Instant.ofEpochMilli(1760145302000L));
        assertThat(complaint.text().originalText()).isEqualTo("再不处理我就去银保监会投诉！\n还要等多久");
    }

    @Test
    void conversationHoldsEveryMessageInTimeOrderWithItsSenderAndTime() {
        ComplaintReceived complaint = normalizeExample(chat -> chat.putArray("messages")
                .add(message("USER", 1760145400000L, "還要等多久"))
                .add(message("BOT", 1760145000000L, "您好，请问有什么可以帮您"))
                .add(message("客服", 1760145500000L, "  "))
                .add(message("USER", 1760145302000L, "再不处理我就去银保监会投诉！")));

        assertThat(complaint.conversation()).containsExactly(
                new Utterance(Utterance.Speaker.BOT, Instant.ofEpochMilli(1760145000000L), "您好,请问有什么可以帮您"),
                new Utterance(Utterance.Speaker.CUSTOMER, Instant.ofEpochMilli(1760145302000L),
                        "再不处理我就去银保监会投诉!"),
                new Utterance(Utterance.Speaker.CUSTOMER, Instant.ofEpochMilli(1760145400000L), "還要等多久"));
    }

    @Test
    void anAgentsMessageCarriesTheAgentIdTheChatGivesItAndNoOneElsesDoes() {
        ComplaintReceived complaint = normalizeExample(chat -> chat.putArray("messages")
                .add(message("USER", 1760145302000L, "再不处理我就去投诉！").put("agentId", "A0001"))
                .add(message("AGENT", 1760145400000L, "您好，工号3021为您服务").put("agentId", " A0192 ")));

        assertThat(complaint.conversation()).extracting(Utterance::agentId).containsExactly(null, "A0192");
    }

    @Test
    void chatIsAChatComplaintFromItsPlatformReferencedBySessionId() {
        ComplaintReceived complaint = normalizeExample();

        assertThat(complaint.channel()).isEqualTo(Channel.CHAT);
        assertThat(complaint.source()).isEqualTo(ComplaintSource.APP);
        assertThat(complaint.externalReference()).isEqualTo("CHAT-8f1c2a");
        assertThat(complaint.complaintId()).isEqualTo(ComplaintIds.of(Channel.CHAT, "CHAT-8f1c2a"));
        assertThat(complaint.normalizationWarnings()).isEmpty();
    }

    @Test
    void customerTextHoldsOnlyTheUsersMessagesNormalizedWithTheOriginalKept() {
        var text = normalizeExample().text();

        // NFKC turns the full-width exclamation mark into an ASCII one
        assertThat(text.customerText()).isEqualTo("再不处理我就去银保监会投诉!");
        assertThat(text.originalText()).isEqualTo("再不处理我就去银保监会投诉！");
        assertThat(text.customerText()).doesNotContain("转接");
        assertThat(text.agentSummary()).isNull();
    }

    @Test
    void phoneWithoutCountryCodeBecomesE164() {
        var customer = normalizeExample().customer();

        assertThat(customer.phone()).isEqualTo("+8613800138000");
        assertThat(customer.customerId()).isEqualTo("C100234");
    }

    @Test
    void theSameCustomerIdLinksTheChatToTheCustomersPhoneComplaint() {
        var phone = new PhoneNormalizer(ExamplePayloads.normalization())
                .normalize(ExamplePayloads.read(ExamplePayloads.PHONE, PhoneComplaint.class));

        assertThat(normalizeExample().customer().customerKey()).isEqualTo(phone.customer().customerKey());
    }

    @Test
    void unknownPlatformIsAWarningNotARejection() {
        ComplaintReceived complaint = normalizeExample(chat -> chat.put("platform", "TIKTOK"));

        assertThat(complaint.source()).isEqualTo(ComplaintSource.OTHER);
        assertThat(complaint.normalizationWarnings()).singleElement().asString()
                .startsWith("platform").contains("TIKTOK");
    }

    @Test
    void chatWithoutAnyUserMessageIsRejectedNamingMessages() {
        ChatComplaint chat = ExamplePayloads.read(ExamplePayloads.CHAT, ChatComplaint.class,
                edit -> edit.putArray("messages").add(message("BOT", 1760145303000L, "正在为您转接人工客服")));

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> normalizer.normalize(chat))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("messages"));
    }

    @Test
    void userMessageWithoutATimestampStillCountsAmongTheCustomersWords() {
        ObjectNode untimed = message("USER", 0, "你们这是高利贷");
        untimed.remove("sentAt");
        ComplaintReceived complaint = normalizeExample(chat -> chat.withArray("messages").add(untimed));

        // the timestamp only decides receivedAt; losing the words would hide them from risk scoring
        assertThat(complaint.receivedAt()).isEqualTo(Instant.ofEpochMilli(1760145302000L));
        assertThat(complaint.text().customerText()).contains("再不处理我就去银保监会投诉").contains("你们这是高利贷");
    }

    @Test
    void traditionalChatIsReadInSimplifiedCharactersWithTheOriginalKept() {
        ComplaintReceived complaint = normalizeExample(chat -> chat.putArray("messages")
                .add(message("USER", 1760145302000L, "我要投訴到銀保監會")));

        assertThat(complaint.text().customerText()).isEqualTo("我要投诉到银保监会");
        assertThat(complaint.text().originalText()).isEqualTo("我要投訴到銀保監會");
    }

    @Test
    void traditionalAndSimplifiedSpellingsOfOneComplaintGiveTheSameCustomerText() {
        ComplaintReceived traditional = normalizeExample(chat -> chat.putArray("messages")
                .add(message("USER", 1760145302000L, "你們提前還款為什麼還扣我利息？再不處理我就去銀保監會投訴！")));
        ComplaintReceived simplified = normalizeExample(chat -> chat.putArray("messages")
                .add(message("USER", 1760145302000L, "你们提前还款为什么还扣我利息？再不处理我就去银保监会投诉！")));

        assertThat(traditional.text().customerText()).isEqualTo(simplified.text().customerText())
                .isEqualTo("你们提前还款为什么还扣我利息?再不处理我就去银保监会投诉!");
        assertThat(traditional.text().originalText()).isNotEqualTo(simplified.text().originalText());
    }

    @Test
    void fullWidthDigitsAndPunctuationAreNormalizedAndInvisibleCharactersRemovedKeepingLineBreaks() {
        ComplaintReceived complaint = normalizeExample(chat -> chat.putArray("messages")
                .add(message("USER", 1760145302000L, "我的电话１３８００１３８０００，\u0000请回电！\u200B\u0007\n第二行\t完")));

        assertThat(complaint.text().customerText()).isEqualTo("我的电话13800138000,请回电!\n第二行\t完");
        // the original keeps what the customer typed, but for what PostgreSQL cannot store
        assertThat(complaint.text().originalText()).contains("\uFFFD请回电", "\u200B", "１３８")
                .doesNotContain("\u0000", "\u0007");
    }

    @Test
    void chatWithOnlyTheRequiredFieldsIsAComplaintOfItsOwn() {
        ChatComplaint chat = new ChatComplaint("CHAT-minimal", null, null, null,
                Arrays.asList(null, new ChatComplaint.Message(null, null, null),
                        new ChatComplaint.Message("USER", 1760145302000L, "投诉")), null);

        ComplaintReceived complaint = normalizer.normalize(chat);

        assertThat(complaint.complaintId()).isEqualTo(ComplaintIds.of(Channel.CHAT, "CHAT-minimal"));
        assertThat(complaint.source()).isEqualTo(ComplaintSource.OTHER);
        assertThat(complaint.customer().customerKey()).isEqualTo("cmp-" + complaint.complaintId());
        assertThat(complaint.customer().phone()).isNull();
        assertThat(complaint.text().customerText()).isEqualTo("投诉");
        assertThat(complaint.normalizationWarnings()).containsExactly("platform: missing");
    }

    @Test
    void emptyStringsAndEmptyListsInOptionalFieldsAreTreatedAsMissing() {
        ChatComplaint chat = new ChatComplaint("CHAT-empty", " ", "", "  ",
                List.of(new ChatComplaint.Message("USER", 1760145302000L, "投诉")), List.of());

        ComplaintReceived complaint = normalizer.normalize(chat);

        assertThat(complaint.customer().customerId()).isNull();
        assertThat(complaint.customer().phone()).isNull();
        assertThat(complaint.customer().customerKey()).startsWith("cmp-");
        assertThat(complaint.normalizationWarnings()).containsExactly("platform: missing");
    }

    @Test
    void userMessagesOfOnlyInvisibleCharactersAreNoTextAndTheChatIsRejected() {
        // zero-width space, BEL and NUL are not whitespace, so the raw text is not blank; normalized it is empty
        ChatComplaint chat = ExamplePayloads.read(ExamplePayloads.CHAT, ChatComplaint.class,
                edit -> edit.putArray("messages").add(message("USER", 1760145302000L, "\u200B\u0007\u0000")));

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> normalizer.normalize(chat))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("messages"));
    }

    private static ObjectNode message(String from, long sentAt, String text) {
        return ExamplePayloads.JSON.createObjectNode().put("from", from).put("sentAt", sentAt).put("text", text);
    }
}
