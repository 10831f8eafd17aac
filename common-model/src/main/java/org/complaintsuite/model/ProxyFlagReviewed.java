package org.complaintsuite.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A supervisor confirmed or dismissed a complaint's proxy (代理维权) flag. Published by workflow to
 * {@link Topics#PROXY_REVIEWS}, keyed by {@code complaintId}. Risk scoring takes a dismissal as feedback: the
 * customer's identifiers no longer count against them in that ring, and the complaint is assessed again.
 *
 * @param customerKey the complainant's customer key ({@link Customer#customerKey()})
 * @param ringId      the ring the flag named, when it named one
 * @param reviewer    who decided (a supervisor)
 * @param reason      why, in the reviewer's words
 */
public record ProxyFlagReviewed(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        String customerKey,
        Decision decision,
        @Nullable String ringId,
        String reviewer,
        String reason) {

    public enum Decision {
        /** The complaint is proxy-driven, as flagged. */
        CONFIRMED,
        /** The flag was wrong: a genuine consumer (perhaps with a lawful agent). */
        DISMISSED
    }

    public ProxyFlagReviewed {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(decision, "decision");
    }
}
