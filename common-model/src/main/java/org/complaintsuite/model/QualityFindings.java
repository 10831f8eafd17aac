package org.complaintsuite.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the quality check of agents' words found in one call or chat, a complaint's or an ordinary contact's.
 * Published by risk scoring to {@link Topics#QUALITY_FINDINGS}, keyed by conversation id, only when it found
 * something; workflow sends each finding to the agent's supervisor.
 *
 * @param eventId           derived from the conversation and its findings: a conversation checked again with the
 *                          same result keeps it
 * @param conversationId    the complaint's or contact's id
 * @param kind              whether the conversation became a complaint or stayed an ordinary contact
 * @param externalReference the channel's own id (callId, chat sessionId): where the recording or the chat log is
 * @param conversationAt    when the conversation started (the call's start, the chat's first customer message)
 * @param findings          at least one
 */
public record QualityFindings(
        UUID eventId,
        Instant occurredAt,
        String conversationId,
        Kind kind,
        Channel channel,
        ComplaintSource source,
        String externalReference,
        Instant conversationAt,
        List<QualityFinding> findings) {

    public QualityFindings {
        Objects.requireNonNull(conversationId, "conversationId");
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a quality-findings event carries at least one finding");
        }
    }

    /** Whether the conversation became a complaint or stayed an ordinary contact. */
    public enum Kind {
        COMPLAINT, CONTACT
    }
}
