package org.complaintsuite.intake.channel.phone;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

/** A call as the telephony platform sends it after hang-up, with the ASR transcript. */
public record PhoneComplaint(
        @NotBlank String callId,
        @Nullable String callerNumber,
        @Nullable String customerId,
        @NotBlank String startedAt,
        @Nullable @PositiveOrZero Integer durationSeconds,
        @Nullable String agentId,
        @Nullable List<@Valid Segment> transcript,
        @Nullable String agentSummary,
        @Nullable Boolean complaintFlag) {

    /** One utterance of the call. */
    public record Segment(@Nullable String speaker, @Nullable @PositiveOrZero Long offsetMs, @Nullable String text) {
    }
}
