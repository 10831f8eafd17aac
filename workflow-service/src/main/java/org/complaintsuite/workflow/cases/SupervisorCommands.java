package org.complaintsuite.workflow.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.workflow.routing.SpecialistGroup;

/** The bodies of the supervisors' commands; each carries the reason that goes on the timeline. */
final class SupervisorCommands {

    private SupervisorCommands() {
    }

    record Transfer(@Schema(example = "COMPLEX") @NotNull SpecialistGroup group,
            @Schema(example = "涉及多笔借款，转疑难业务组") @NotBlank @Size(max = 500) String reason,
            @PositiveOrZero @Nullable Long version) implements CaseCommands.Versioned {
    }

    record ProxyReview(@Schema(example = "DISMISSED") @NotNull ProxyFlagReviewed.Decision decision,
            @Schema(example = "客户本人来电确认，委托律师为其亲属，非代理维权机构") @NotBlank @Size(max = 500) String reason,
            @PositiveOrZero @Nullable Long version) implements CaseCommands.Versioned {
    }

    record Merge(@Schema(example = "679ccbaa-ea42-3e82-9f8a-158c5619f55b") @NotBlank @Size(max = 64) String into,
            @Schema(example = "同一客户就同一事项的重复投诉") @NotBlank @Size(max = 500) String reason,
            @PositiveOrZero @Nullable Long version) implements CaseCommands.Versioned {
    }

    /** @param days the period from receipt asked for: 30, then 60 */
    record ExtensionRequest(@Schema(example = "30", allowableValues = {"30", "60"}) int days,
            @Schema(example = "需调取外部征信机构记录，15日内无法办结") @NotBlank @Size(max = 500) String reason,
            @PositiveOrZero @Nullable Long version) implements CaseCommands.Versioned {
    }

    record ExtensionDecision(@Schema(example = "true") boolean approved,
            @Schema(example = "情况属实，同意延期") @NotBlank @Size(max = 500) String reason,
            @PositiveOrZero @Nullable Long version) implements CaseCommands.Versioned {
    }
}
