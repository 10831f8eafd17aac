package org.complaintsuite.intake.channel;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.complaintsuite.intake.ExamplePayloads;
import org.complaintsuite.intake.RecordingPublisher;
import org.complaintsuite.intake.channel.chat.ChatComplaint;
import org.complaintsuite.intake.channel.chat.ChatNormalizer;
import org.complaintsuite.intake.channel.phone.PhoneComplaint;
import org.complaintsuite.intake.channel.phone.PhoneNormalizer;
import org.complaintsuite.intake.channel.regulator.RegulatorComplaint;
import org.complaintsuite.intake.channel.regulator.RegulatorNormalizer;
import org.complaintsuite.intake.normalize.ComplaintIds;
import org.complaintsuite.intake.normalize.Normalization;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The one way in of REST and the raw topics: real bean validation, real normalizers, a recording publisher. */
class ComplaintIntakeTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final Normalization normalization = ExamplePayloads.normalization();
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final ComplaintIntake intake = new ComplaintIntake(VALIDATION.getValidator(),
            new PhoneNormalizer(normalization), new ChatNormalizer(normalization), new RegulatorNormalizer(normalization),
            publisher, new ContactTriage(ExamplePayloads.properties("test-key")));

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void validPayloadIsPublishedOnceAndTheSameComplaintReturned() {
        ComplaintIntake.Accepted accepted = intake.accept(ExamplePayloads.read(ExamplePayloads.CHAT, ChatComplaint.class));

        assertThat(accepted).isEqualTo(new ComplaintIntake.Accepted(true, ComplaintIds.of(Channel.CHAT, "CHAT-8f1c2a")));
        assertThat(publisher.published()).extracting(ComplaintReceived::complaintId).containsExactly(accepted.id());
    }

    @Test
    void missingRequiredFieldsAreRejectedNamingEachFieldInOrderAndNothingIsPublished() {
        PhoneComplaint call = ExamplePayloads.read(ExamplePayloads.PHONE, PhoneComplaint.class, edit -> {
            edit.remove("startedAt");
            edit.put("callId", " ");
        });

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> intake.accept(call))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field)
                        .containsExactly("callId", "startedAt"));
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void invalidNestedFieldIsNamedByItsPath() {
        PhoneComplaint call = ExamplePayloads.read(ExamplePayloads.PHONE, PhoneComplaint.class,
                edit -> edit.withArray("transcript").addObject().put("speaker", "CUSTOMER").put("offsetMs", -1)
                        .put("text", "还有"));
        RegulatorComplaint transfer = ExamplePayloads.read(ExamplePayloads.REGULATOR, RegulatorComplaint.class,
                edit -> edit.withArray("attachments").addObject().put("name", ""));

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> intake.accept(call))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field)
                        .containsExactly("transcript[2].offsetMs"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> intake.accept(transfer))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field)
                        .containsExactly("attachments[1].name"));
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void chatWithoutMessagesIsRejectedNamingMessages() {
        ChatComplaint chat = ExamplePayloads.read(ExamplePayloads.CHAT, ChatComplaint.class,
                edit -> edit.putArray("messages"));

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> intake.accept(chat))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("messages"));
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void regulatorContentOfOnlyInvisibleCharactersIsRejectedNamingContent() {
        // a zero-width space is neither whitespace to @NotBlank nor anything once normalized: accepting it makes a
        // complaint whose customerText is empty
        RegulatorComplaint transfer = ExamplePayloads.read(ExamplePayloads.REGULATOR, RegulatorComplaint.class,
                edit -> {
                    edit.put("content", "\u200B\u2060");
                    edit.remove("demands");
                });

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> intake.accept(transfer))
                .satisfies(ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("content"));
        assertThat(publisher.published()).isEmpty();
    }

    // with contacts diverted (intake.contacts.divert), against the same publisher
    private final ComplaintIntake diverting = new ComplaintIntake(VALIDATION.getValidator(),
            new PhoneNormalizer(normalization), new ChatNormalizer(normalization), new RegulatorNormalizer(normalization),
            publisher, new ContactTriage(ExamplePayloads.properties("test-key", true)));

    @Test
    void withContactsDivertedACallFlaggedNoComplaintIsAContactWithItsAgentAndDuration() {
        PhoneComplaint call = call(false, "请问我的额度是多少");

        ComplaintIntake.Accepted accepted = diverting.accept(call);

        assertThat(accepted.complaint()).isFalse();
        assertThat(publisher.published()).isEmpty();
        assertThat(publisher.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.contactId()).isEqualTo(accepted.id());
            assertThat(contact.agentId()).isEqualTo("A0192");
            assertThat(contact.durationSeconds()).isEqualTo(412);
            assertThat(contact.notComplaintBecause()).contains("complaintFlag false");
        });
    }

    @Test
    void withContactsDivertedACallWithoutAFlagOrWithTheCustomerSayingComplaintIsAComplaint() {
        assertThat(diverting.accept(call(null, "请问我的额度是多少")).complaint()).isTrue();
        // traditional characters are read normalized
        assertThat(diverting.accept(call(false, "我要投訴你们")).complaint()).isTrue();
        assertThat(diverting.accept(call(false, "我打12378反映")).complaint()).isTrue();
        assertThat(publisher.contacts()).isEmpty();
    }

    @Test
    void withContactsDivertedAChatIsAComplaintByItsTagWhateverItsCaseOrByTheCustomersWords() {
        assertThat(diverting.accept(chat(List.of("Complaint"), "请问怎么还款")).complaint()).isTrue();
        assertThat(diverting.accept(chat(List.of("咨询"), "我要举报你们")).complaint()).isTrue();
        assertThat(diverting.accept(chat(List.of("咨询"), "请问怎么还款")).complaint()).isFalse();
        assertThat(publisher.contacts()).singleElement().satisfies(contact ->
                assertThat(contact.notComplaintBecause()).contains("no complaint tag"));
    }

    @Test
    void anUntaggedChatStaysAComplaintUnlessThePlatformTagsEveryComplaint() {
        var taggingPlatform = new ComplaintIntake(VALIDATION.getValidator(), new PhoneNormalizer(normalization),
                new ChatNormalizer(normalization), new RegulatorNormalizer(normalization), publisher,
                new ContactTriage(ExamplePayloads.properties("test-key", true, true)));

        assertThat(diverting.accept(chat(null, "请问怎么还款")).complaint()).isTrue();
        assertThat(diverting.accept(chat(List.of(" "), "请问怎么还款")).complaint()).isTrue();
        assertThat(taggingPlatform.accept(chat(null, "请问怎么还款")).complaint()).isFalse();
        assertThat(taggingPlatform.accept(chat(List.of(), "乱扣款，我要投诉")).complaint()).isTrue();
    }

    @Test
    void withoutDivertingEveryCallAndChatIsAComplaintAsBefore() {
        assertThat(intake.accept(call(false, "请问我的额度是多少")).complaint()).isTrue();
        assertThat(intake.accept(chat(List.of(), "请问怎么还款")).complaint()).isTrue();
        assertThat(publisher.contacts()).isEmpty();
    }

    @Test
    void aRawBatchOfCallsKeepsItsOrderAcrossBothTopics() {
        diverting.acceptCalls(List.of(call(false, "请问额度"), call(true, "扣款不对"), call(false, "请问账单")));

        assertThat(publisher.contacts()).hasSize(2);
        assertThat(publisher.published()).hasSize(1);
    }

    private static PhoneComplaint call(Boolean complaintFlag, String words) {
        return new PhoneComplaint("CC-" + UUID.randomUUID(), "+86 138-0013-8000", "C100234",
                "2025-10-11T09:15:02+08:00", 412, "A0192",
                List.of(new PhoneComplaint.Segment("CUSTOMER", 1200L, words)), null, complaintFlag);
    }

    private static ChatComplaint chat(@Nullable List<String> tags, String words) {
        return new ChatComplaint("CHAT-" + UUID.randomUUID(), "APP", "C100234", "13800138000",
                List.of(new ChatComplaint.Message("USER", 1760145302000L, words)), tags);
    }
}
