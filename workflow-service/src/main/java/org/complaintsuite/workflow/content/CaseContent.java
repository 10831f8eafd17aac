package org.complaintsuite.workflow.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Utterance;

/**
 * What the complaint says, as the case shows it to an agent.
 *
 * @param customerText the customer's words normalized: evidence offsets refer to this text
 * @param originalText the customer's words exactly as received
 * @param transcript   a call's segments, every speaker (empty for other channels)
 * @param messages     a chat's messages, every sender (empty for other channels)
 */
public record CaseContent(String customerText, String originalText, @Nullable String agentSummary,
        @Nullable String demands, @Nullable String businessCategory, @Nullable BusinessType businessType,
        @Nullable String regulatorCaseNumber, @Nullable LocalDate regulatorDeadline, List<Turn> transcript,
        List<Turn> messages, List<AttachmentName> attachments, @Nullable Representative representative,
        List<String> normalizationWarnings) {

    /** One turn of the conversation. */
    public record Turn(Utterance.Speaker speaker, @Nullable Instant at, String text) {
    }

    public record AttachmentName(String name) {
    }

    /** Who filed for the customer, and whether a power of attorney came with it. */
    public record Representative(@Nullable String name, @Nullable String phone, @Nullable String email,
            @Nullable String organization, boolean powerOfAttorney) {
    }

    /** The complainant as the channel identified them: personal data, shown to the agent working the case. */
    public record Customer(@Nullable String customerId, @Nullable String name, @Nullable String phone,
            @Nullable String email, @Nullable String address, @Nullable String idNumberMasked) {
    }

    /** The complainant as lists show them: masked. */
    public record MaskedCustomer(@Nullable String name, @Nullable String phone) {
    }
}
