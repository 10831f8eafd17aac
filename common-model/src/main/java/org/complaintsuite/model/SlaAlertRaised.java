package org.complaintsuite.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An SLA clock of a case passed a share of its allowed time (a warning) or its due time (a breach). Published by
 * workflow to {@link Topics#SLA_ALERTS}, keyed by {@code complaintId}, once per case, clock, threshold and clock
 * start: a reopened case starts a new resolution clock, whose thresholds are raised again with new event ids.
 *
 * @param eventId        the same alert always has the same id ({@link #idOf})
 * @param occurredAt     when workflow raised the alert (at or after {@code passedAt})
 * @param clock          which clock
 * @param threshold      the share of the allowed time passed, in percent; 100 for a breach
 * @param kind           {@code WARNING} below 100 %, {@code BREACH} at 100 %
 * @param clockStartedAt when the clock started: the receipt, or for the resolution clock the latest reopening
 * @param passedAt       when the clock passed the threshold
 * @param dueAt          when the clock is due, as of {@code occurredAt}
 * @param group          the specialist group holding the case
 * @param assignee       the agent holding the case, or null while unassigned
 */
public record SlaAlertRaised(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        Clock clock,
        int threshold,
        Kind kind,
        Instant clockStartedAt,
        Instant passedAt,
        Instant dueAt,
        String group,
        @Nullable String assignee) {

    /** The clocks of a case (domain brief §4). */
    public enum Clock {
        FIRST_CONTACT, RESOLUTION, REGULATOR
    }

    public enum Kind {
        WARNING, BREACH
    }

    public static Kind kindOf(int threshold) {
        return threshold >= 100 ? Kind.BREACH : Kind.WARNING;
    }

    /** The name-based id of an alert: the same case, clock, threshold and clock start always give the same id. */
    public static UUID idOf(String complaintId, Clock clock, int threshold, Instant clockStartedAt) {
        return UUID.nameUUIDFromBytes(("sla-alert|%s|%s|%d|%s".formatted(complaintId, clock, threshold,
                clockStartedAt)).getBytes(StandardCharsets.UTF_8));
    }
}
