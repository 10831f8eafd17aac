package org.complaintsuite.console.workflow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Quality findings about agents' words, as workflow serves them ({@code /api/v1/quality-findings}). */
public final class QualityFindings {

    private QualityFindings() {
    }

    public record Finding(String findingId, String conversationId, String conversationKind, String channel,
            String externalReference, Instant conversationAt, String category, String rule, String description,
            @Nullable String agentId, @Nullable String supervisor, int turn, @Nullable Instant saidAt,
            @Nullable String words, List<Cases.Evidence> evidence, Instant receivedAt, boolean deliveredOnTime,
            @Nullable Review review) {
    }

    public record Review(String verdict, @Nullable String note, String reviewedBy, Instant reviewedAt) {
    }

    /** The categories of findings, in workflow's names. */
    public static final List<String> CATEGORIES = List.of("THREAT", "THIRD_PARTY_CONTACT", "RUDENESS",
            "UNKEEPABLE_PROMISE", "MISSING_DISCLOSURE");

    /** A supervisor's verdicts, in workflow's names. */
    public static final List<String> VERDICTS = List.of("CONFIRMED", "DISMISSED");
}
