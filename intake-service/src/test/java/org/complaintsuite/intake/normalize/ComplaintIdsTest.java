package org.complaintsuite.intake.normalize;

import org.junit.jupiter.api.Test;

import org.complaintsuite.intake.ExamplePayloads;
import org.complaintsuite.intake.channel.chat.ChatComplaint;
import org.complaintsuite.intake.channel.chat.ChatNormalizer;
import org.complaintsuite.model.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintIdsTest {

    @Test
    void sameChannelAndExternalReferenceGiveTheSameId() {
        assertThat(ComplaintIds.of(Channel.CHAT, "CHAT-8f1c2a"))
                .isEqualTo(ComplaintIds.of(Channel.CHAT, "CHAT-8f1c2a"));
    }

    @Test
    void surroundingWhitespaceOfTheReferenceDoesNotMakeANewComplaint() {
        assertThat(ComplaintIds.of(Channel.CHAT, " CHAT-8f1c2a\n"))
                .isEqualTo(ComplaintIds.of(Channel.CHAT, "CHAT-8f1c2a"));
    }

    @Test
    void sameReferenceOnAnotherChannelIsAnotherComplaint() {
        assertThat(ComplaintIds.of(Channel.PHONE, "REF-1")).isNotEqualTo(ComplaintIds.of(Channel.CHAT, "REF-1"))
                .isNotEqualTo(ComplaintIds.of(Channel.REGULATOR, "REF-1"));
    }

    @Test
    void differentReferencesOnOneChannelAreDifferentComplaints() {
        assertThat(ComplaintIds.of(Channel.CHAT, "CHAT-1")).isNotEqualTo(ComplaintIds.of(Channel.CHAT, "CHAT-2"));
    }

    @Test
    void complaintIdIsAUuid() {
        assertThat(ComplaintIds.of(Channel.PHONE, "CC-20251011-000123"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void theSameChatNormalizedTwiceKeepsItsComplaintIdAndCustomerKey() {
        ChatComplaint chat = ExamplePayloads.read(ExamplePayloads.CHAT, ChatComplaint.class);

        var first = new ChatNormalizer(ExamplePayloads.normalization()).normalize(chat);
        var second = new ChatNormalizer(ExamplePayloads.normalization()).normalize(chat);

        assertThat(second.complaintId()).isEqualTo(first.complaintId());
        assertThat(second.customer().customerKey()).isEqualTo(first.customer().customerKey());
        assertThat(second.eventId()).isNotEqualTo(first.eventId());
    }
}
