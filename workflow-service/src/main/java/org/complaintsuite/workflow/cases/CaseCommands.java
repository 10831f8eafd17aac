package org.complaintsuite.workflow.cases;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of the agents' commands on a case. Each may carry the {@code version} of the case the agent saw, as an
 * alternative to the {@code If-Match} header; who acts is never taken from the body but from the bearer token.
 */
final class CaseCommands {

    private CaseCommands() {
    }

    /** A command made on the version of the case its author saw. */
    interface Versioned {

        @Schema(example = "0", description = "the version read, instead of If-Match")
        @Nullable Long version();
    }

    record Assignment(@Schema(example = "agent-li") @NotBlank @Size(max = 64) String assignee, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }

    /** @param at when the customer was contacted (or the attempt made), not in the future */
    record Contact(@Schema(example = "2025-10-11T03:20:00Z") @NotNull Instant at,
            @Schema(example = "PHONE") @NotNull ContactMethod method,
            @Schema(example = "已致电客户，说明提前还款利息计算方式，客户表示理解") @NotBlank @Size(max = 1000) String outcome,
            @PositiveOrZero @Nullable Long version) implements Versioned {
    }

    record Note(@Schema(example = "客户要求书面回复，已登记邮寄地址") @NotBlank @Size(max = 2000) String text, @PositiveOrZero @Nullable Long version) implements Versioned {
    }

    record Pause(@Schema(example = "等待客户提供还款凭证") @NotBlank @Size(max = 500) String reason, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }

    record Resumption(@PositiveOrZero @Nullable Long version) implements Versioned {
    }

    /** @param reason the complaint's reason in JR/T 0169-2018's classification */
    record Resolution(@Schema(example = "退还多收利息 126.50 元，客户认可") @NotBlank @Size(max = 2000) String outcome,
            @Schema(example = "PRICING_AND_FEES") @NotNull ComplaintReason reason,
            @PositiveOrZero @Nullable Long version) implements Versioned {
    }

    record Closure(@PositiveOrZero @Nullable Long version) implements Versioned {
    }

    record Withdrawal(@Schema(example = "客户来电撤回投诉") @NotBlank @Size(max = 500) String reason, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }

    record Reopening(@Schema(example = "客户对处理结果不满意") @NotBlank @Size(max = 500) String reason, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }

    record SatisfactionAnswer(@Schema(example = "SATISFIED") @NotNull Satisfaction satisfaction, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }
}
