package org.complaintsuite.model;

import org.jspecify.annotations.Nullable;

/**
 * What the complaint says.
 *
 * @param customerText     the customer's own words, normalized (the text risk scoring reads)
 * @param originalText     the customer's words exactly as received
 * @param agentSummary     the call-center agent's summary, when there is one
 * @param demands          what the complainant asks for
 * @param businessCategory the business line the complaint is about, as given (e.g. 贷款)
 */
public record ComplaintText(
        String customerText,
        String originalText,
        @Nullable String agentSummary,
        @Nullable String demands,
        @Nullable String businessCategory) {
}
