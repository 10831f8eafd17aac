package org.complaintsuite.workflow.sla;

import java.time.Duration;
import java.time.Instant;

/** The due times of a case's clocks, computed from its receipt (domain brief §4). */
public final class SlaClocks {

    private final Duration firstContact;

    public SlaClocks(Duration firstContact) {
        this.firstContact = firstContact;
    }

    /** First contact is due a fixed number of calendar hours after receipt: 48 h, holidays included. */
    public Instant firstContactDue(Instant receivedAt) {
        return receivedAt.plus(firstContact);
    }
}
