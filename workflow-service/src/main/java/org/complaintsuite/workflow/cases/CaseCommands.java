package org.complaintsuite.workflow.cases;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

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

        @Nullable Long version();
    }

    record Assignment(@NotBlank @Size(max = 64) String assignee, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }

    /** @param at when the customer was contacted (or the attempt made), not in the future */
    record Contact(@NotNull Instant at, @NotNull ContactMethod method, @NotBlank @Size(max = 1000) String outcome,
            @PositiveOrZero @Nullable Long version) implements Versioned {
    }

    record Note(@NotBlank @Size(max = 2000) String text, @PositiveOrZero @Nullable Long version) implements Versioned {
    }

    record Pause(@NotBlank @Size(max = 500) String reason, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }

    record Resumption(@PositiveOrZero @Nullable Long version) implements Versioned {
    }

    /** @param reason the complaint's reason in JR/T 0169-2018's classification */
    record Resolution(@NotBlank @Size(max = 2000) String outcome, @NotNull ComplaintReason reason,
            @PositiveOrZero @Nullable Long version) implements Versioned {
    }

    record Closure(@PositiveOrZero @Nullable Long version) implements Versioned {
    }

    record Withdrawal(@NotBlank @Size(max = 500) String reason, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }

    record Reopening(@NotBlank @Size(max = 500) String reason, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }

    record SatisfactionAnswer(@NotNull Satisfaction satisfaction, @PositiveOrZero @Nullable Long version)
            implements Versioned {
    }
}
