package org.complaintsuite.intake.channel.regulator;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/**
 * A complaint transferred by a regulator or public platform (NFRA 12378, PBOC 12363, 12315, 黑猫投诉).
 *
 * @param transferredAt     when the regulator transferred it; Beijing time unless an offset is given
 * @param regulatorDeadline the answer deadline the regulator set, {@code yyyy-MM-dd}
 */
public record RegulatorComplaint(
        @Nullable String source,
        @NotBlank String caseNumber,
        @NotBlank String transferredAt,
        @Nullable String regulatorDeadline,
        @Nullable @Valid Person complainant,
        @Nullable @Valid Agent agent,
        @NotBlank String content,
        @Nullable String demands,
        @Nullable String businessCategory,
        @Nullable List<@Valid AttachmentRef> attachments) {

    public record Person(@Nullable String name, @Nullable String idNumber, @Nullable String phone,
            @Nullable String email, @Nullable String address) {
    }

    public record Agent(@Nullable String name, @Nullable String phone, @Nullable String email,
            @Nullable String organization) {
    }

    public record AttachmentRef(@NotBlank String name, @Nullable String sha256) {
    }
}
