package org.complaintsuite.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A complaint accepted by intake, normalized to one shape whatever channel it came from. Published to
 * {@link Topics#COMPLAINTS_RECEIVED}, keyed by {@code complaintId}.
 *
 * @param complaintId           stable id derived from channel and external reference: a re-sent complaint keeps it
 * @param externalReference     the channel's own id (callId, chat sessionId, regulator caseNumber)
 * @param receivedAt            when the firm received the complaint; every SLA clock starts here
 * @param normalizationWarnings optional input that could not be understood and was kept raw
 * @param conversation          the call's transcript or the chat's messages, every speaker, in order; empty for a
 *                              regulator transfer (absent in events from before it was added)
 */
public record ComplaintReceived(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        Channel channel,
        ComplaintSource source,
        String externalReference,
        Instant receivedAt,
        Customer customer,
        @Nullable Representative representative,
        ComplaintText text,
        @Nullable RegulatorTransfer regulator,
        List<Attachment> attachments,
        List<String> normalizationWarnings,
        List<Utterance> conversation) {

    public ComplaintReceived {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (!source.belongsTo(channel)) {
            throw new IllegalArgumentException("source " + source + " does not belong to channel " + channel);
        }
        attachments = List.copyOf(attachments);
        normalizationWarnings = List.copyOf(normalizationWarnings);
        conversation = conversation == null ? List.of() : List.copyOf(conversation);
    }

    /** A complaint without a conversation (a regulator transfer, or a channel that sent none). */
    public ComplaintReceived(UUID eventId, Instant occurredAt, String complaintId, Channel channel,
            ComplaintSource source, String externalReference, Instant receivedAt, Customer customer,
            @Nullable Representative representative, ComplaintText text, @Nullable RegulatorTransfer regulator,
            List<Attachment> attachments, List<String> normalizationWarnings) {
        this(eventId, occurredAt, complaintId, channel, source, externalReference, receivedAt, customer,
                representative, text, regulator, attachments, normalizationWarnings, List.of());
    }
}
