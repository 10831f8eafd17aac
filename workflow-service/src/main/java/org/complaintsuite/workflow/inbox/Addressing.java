package org.complaintsuite.workflow.inbox;

import java.util.ArrayList;
import java.util.List;

import org.complaintsuite.model.SlaAlertRaised;

/**
 * Who an SLA alert reaches: the assignee, or the whole group while nobody holds the case; from
 * {@code supervisorsFromThreshold} percent on, and for every breach, the group's supervisors as well.
 */
public final class Addressing {

    private final int supervisorsFromThreshold;

    public Addressing(int supervisorsFromThreshold) {
        this.supervisorsFromThreshold = supervisorsFromThreshold;
    }

    public List<Address> recipients(SlaAlertRaised alert) {
        List<Address> recipients = new ArrayList<>(2);
        String assignee = alert.assignee();
        if (assignee != null && !assignee.isBlank()) {
            recipients.add(new Address(Audience.USER, assignee.strip()));
        }
        else {
            recipients.add(new Address(Audience.GROUP, alert.group()));
        }
        if (alert.kind() == SlaAlertRaised.Kind.BREACH || alert.threshold() >= supervisorsFromThreshold) {
            recipients.add(new Address(Audience.GROUP_SUPERVISORS, alert.group()));
        }
        return List.copyOf(recipients);
    }
}
