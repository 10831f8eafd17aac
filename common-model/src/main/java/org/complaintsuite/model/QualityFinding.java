package org.complaintsuite.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One thing the quality check found wrong in an agent's words: forbidden or risky wording, or a disclosure the agent
 * had to make and did not.
 *
 * @param findingId   stable: the same rule on the same turn of the same conversation keeps it, so a conversation
 *                    checked again finds nothing new
 * @param category    what kind of wrong it is
 * @param rule        the rule that found it, e.g. {@code THIRD_PARTY_CONTACT}
 * @param description the rule's finding in words a supervisor reads
 * @param agentId     the agent who said it (or who left the disclosure out), when the channel named them
 * @param turn        the index of the agent's turn in the conversation ({@link ComplaintReceived#conversation()});
 *                    for a missing disclosure, the agent's first turn
 * @param saidAt      when the turn was said, when the channel gave a time
 * @param words       the agent's turn as said (for a missing disclosure, the first turn)
 * @param evidence    the matched spans in {@code words}, or a fact for a missing disclosure
 */
public record QualityFinding(
        UUID findingId,
        Category category,
        String rule,
        String description,
        @Nullable String agentId,
        int turn,
        @Nullable Instant saidAt,
        String words,
        List<Evidence> evidence) {

    public QualityFinding {
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(category, "category");
        evidence = List.copyOf(evidence);
    }

    /** What kind of wrong a finding is. */
    public enum Category {
        /** Threatening the customer (上门, 后果自负, 让你坐牢 …). */
        THREAT,
        /** Rude or contemptuous words (闭嘴, 爱投诉就投诉 …). */
        RUDENESS,
        /** Contacting, or threatening to contact, third parties about the customer's debt (家人, 单位, 通讯录 …). */
        THIRD_PARTY_CONTACT,
        /** A promise the firm cannot keep (保证全额退款, 保证不上征信 …). */
        UNKEEPABLE_PROMISE,
        /** A disclosure the agent must make and did not (their staff number, the annualized rate of a price). */
        MISSING_DISCLOSURE
    }
}
