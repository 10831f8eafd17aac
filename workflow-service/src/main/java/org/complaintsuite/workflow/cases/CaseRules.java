package org.complaintsuite.workflow.cases;

import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.sla.SlaPolicies;

/** The rules a case's clocks are computed by, as they stand now: the SLA policies and the working calendar. */
public record CaseRules(SlaPolicies policies, WorkingCalendar calendar) {
}
