package org.complaintsuite.workflow.alerts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.workflow.cases.AlertLedger;
import org.complaintsuite.workflow.cases.CaseChange;
import org.complaintsuite.workflow.cases.ComplaintCase;
import org.complaintsuite.workflow.sla.SlaClock;

/** What a due alert of a case becomes: the event published, and the entry on the case's timeline. */
final class SlaAlerts {

    static final String ACTOR = "sla";

    private SlaAlerts() {
    }

    static SlaAlertRaised event(ComplaintCase kase, AlertLedger.DueAlert alert, Instant now) {
        SlaAlertRaised.Clock clock = clockOf(alert.clock());
        return new SlaAlertRaised(
                SlaAlertRaised.idOf(kase.getComplaintId(), clock, alert.threshold(), alert.clockStartedAt()), now,
                kase.getComplaintId(), clock, alert.threshold(), SlaAlertRaised.kindOf(alert.threshold()),
                alert.clockStartedAt(), alert.passedAt(), alert.dueAt(), kase.getGroup().name(), kase.getAssignee());
    }

    /** The event's name of a case's clock: a clock added or renamed on either side does not compile until mapped. */
    static SlaAlertRaised.Clock clockOf(SlaClock clock) {
        return switch (clock) {
            case FIRST_CONTACT -> SlaAlertRaised.Clock.FIRST_CONTACT;
            case RESOLUTION -> SlaAlertRaised.Clock.RESOLUTION;
            case REGULATOR -> SlaAlertRaised.Clock.REGULATOR;
        };
    }

    static CaseChange timelineEntry(SlaAlertRaised alert) {
        String clock = alert.clock().name().toLowerCase().replace('_', '-');
        String description = alert.kind() == SlaAlertRaised.Kind.BREACH
                ? "SLA breach: the %s clock passed its due time %s".formatted(clock, alert.dueAt())
                : "SLA warning: the %s clock passed %d %% of its time at %s; due %s".formatted(clock,
                        alert.threshold(), alert.passedAt(), alert.dueAt());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("eventId", alert.eventId().toString());
        detail.put("clock", alert.clock().name());
        detail.put("threshold", alert.threshold());
        detail.put("kind", alert.kind().name());
        detail.put("passedAt", alert.passedAt().toString());
        detail.put("dueAt", alert.dueAt().toString());
        return new CaseChange(alert.occurredAt(), ACTOR, CaseChange.Type.SLA_ALERT, description, detail);
    }
}
