package org.complaintsuite.workflow.quality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.QualityFinding.Category;
import org.complaintsuite.model.QualityFindings.Kind;

/**
 * A quality finding as a supervisor reads it: what the agent said, where, the rule and its evidence, whom it went to,
 * and the review.
 *
 * @param supervisor       the agent's supervisor on the roster when it arrived; null: it went to the supervisors of
 *                         the unrostered group
 * @param deliveredOnTime  whether it reached the inbox within {@code workflow.quality.deliver-within} of the words
 *                         (of the conversation's start where the channel gave no time)
 * @param words            the agent's turn, ID numbers masked; null once purged
 */
public record AgentFinding(
        UUID findingId,
        String conversationId,
        Kind conversationKind,
        Channel channel,
        String externalReference,
        Instant conversationAt,
        Category category,
        String rule,
        String description,
        @Nullable String agentId,
        @Nullable String supervisor,
        int turn,
        @Nullable Instant saidAt,
        @Nullable String words,
        List<Evidence> evidence,
        Instant receivedAt,
        boolean deliveredOnTime,
        @Nullable Review review) {

    /** A supervisor's review: was the rule right? */
    public record Review(Verdict verdict, @Nullable String note, String reviewedBy, Instant reviewedAt) {
    }

    /** CONFIRMED: the agent did say something wrong; DISMISSED: the rule misread them. */
    public enum Verdict {
        CONFIRMED, DISMISSED
    }

    /** Which findings to list: newest first, those not reviewed only, one agent's, one category's. */
    public record Query(boolean unreviewedOnly, @Nullable String agentId, @Nullable Category category, int page,
            int size) {
    }

    /** An agent on the roster and their supervisor. */
    public record RosterEntry(String agentId, String supervisor, Instant updatedAt, String updatedBy) {
    }
}
