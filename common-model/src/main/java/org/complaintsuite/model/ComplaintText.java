package org.complaintsuite.model;

import java.util.List;

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
 * @param businessType     {@code businessCategory} in the JR/T 0169-2018 classification, when it matches one; without
 *                         a category, the business type the customer's words name, when they name one
 * @param topics           the product topics of the customer's words, none or several (empty in events from before
 *                         they were added)
 */
public record ComplaintText(
        String customerText,
        String originalText,
        @Nullable String agentSummary,
        @Nullable String demands,
        @Nullable String businessCategory,
        @Nullable BusinessType businessType,
        List<ProductTopic> topics) {

    public ComplaintText {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** What a complaint says, without product topics. */
    public ComplaintText(String customerText, String originalText, @Nullable String agentSummary,
            @Nullable String demands, @Nullable String businessCategory, @Nullable BusinessType businessType) {
        this(customerText, originalText, agentSummary, demands, businessCategory, businessType, List.of());
    }
}
