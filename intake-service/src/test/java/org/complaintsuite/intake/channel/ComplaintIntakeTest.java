package org.complaintsuite.intake.channel;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

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
            publisher);

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void validPayloadIsPublishedOnceAndTheSameComplaintReturned() {
        ComplaintReceived accepted = intake.accept(ExamplePayloads.read(ExamplePayloads.CHAT, ChatComplaint.class));

        assertThat(accepted.complaintId()).isEqualTo(ComplaintIds.of(Channel.CHAT, "CHAT-8f1c2a"));
        assertThat(publisher.published()).containsExactly(accepted);
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
}
