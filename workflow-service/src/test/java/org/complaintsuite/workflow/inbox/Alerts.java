package org.complaintsuite.workflow.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.SlaAlertRaised;

/** SLA alerts as the relay publishes them, for the inbox tests. */
public final class Alerts {

    public static final Instant RECEIVED = Instant.parse("2025-10-11T01:15:02Z");

    private Alerts() {
    }

    /** The alert of a first-contact clock (due 48 h after receipt) passing {@code threshold} percent. */
    public static SlaAlertRaised firstContact(String complaintId, int threshold, String group,
            @Nullable String assignee) {
        var clock = SlaAlertRaised.Clock.FIRST_CONTACT;
        Instant due = RECEIVED.plusSeconds(48 * 3600);
        Instant passed = RECEIVED.plusSeconds(48 * 36L * threshold);
        return new SlaAlertRaised(SlaAlertRaised.idOf(complaintId, clock, threshold, RECEIVED), passed, complaintId,
                clock, threshold, SlaAlertRaised.kindOf(threshold), RECEIVED, passed, due, group, assignee);
    }
}
