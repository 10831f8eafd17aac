package org.complaintsuite.e2e.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One complaint of the evaluation set: the raw payload a channel system would send, and what a careful human reader
 * says about it.
 *
 * @param sequence          position in the set, which is time order: post in this order
 * @param channel           which intake endpoint takes the payload
 * @param externalReference the payload's callId, sessionId or caseNumber; unique within the set
 * @param receivedAt        when the firm received it (call start, first customer message, transfer time)
 * @param payload           the raw JSON, as the channel system sends it
 * @param text              the customer's words as written (for reports), before any normalization
 * @param proxy             driven by a proxy rights-defence agency (代理维权)
 * @param escalation        likely to escalate: see {@link EvaluationSetGenerator} for the rule
 * @param kind              the scenario, e.g. {@code proxy.shared-agent+burst} or {@code genuine.family-address}
 * @param variant           how this member of the scenario was rendered, e.g. {@code script/phone}
 * @param escalationKind    why the escalation label is what it is, e.g. {@code threat:regulator}, {@code none:negated}
 * @param group             the ring, family, repeat series or incident this complaint belongs to, if any
 */
public record LabelledComplaint(int sequence, EvaluationSetGenerator.Channel channel, String externalReference,
        Instant receivedAt, String payload, String text, boolean proxy, boolean escalation, String kind,
        String variant, String escalationKind, @Nullable String group) {
}
