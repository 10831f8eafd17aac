package org.complaintsuite.model;

import org.jspecify.annotations.Nullable;

/**
 * What the complaint says.
 *
 * @param customerText     the customer's own words, normalized: Unicode NFKC, traditional characters turned into
 *                         simplified ones, control characters removed (the text risk scoring reads)
 * @param originalText     the customer's words exactly as received
 * @param agentSummary     the call-center agent's summary, normalized like the customer's words
 * @param demands          what the complainant asks for, normalized like the customer's words
 * @param businessCategory the business line the complaint is about, as given (e.g. 贷款)
 * @param businessType     {@code businessCategory} in the JR/T 0169-2018 classification, when it matches one
 */
public record ComplaintText(
        String customerText,
        String originalText,
        @Nullable String agentSummary,
        @Nullable String demands,
        @Nullable String businessCategory,
        @Nullable BusinessType businessType) {
}
