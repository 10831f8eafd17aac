package org.complaintsuite.workflow.calendar;

import java.time.Instant;
import java.util.List;

/**
 * What depends on the calendar and must follow when a year is loaded: the open cases whose clocks run on it. The
 * calendar states what it needs; the cases implement it, so the calendar does not depend on the cases.
 */
public interface CalendarDependents {

    /**
     * Open cases with a clock still running across {@code [from, to)}, in id order after {@code after}, at most
     * {@code limit} of them.
     */
    List<String> openCasesAcross(Instant from, Instant to, String after, int limit);

    /**
     * Recomputes one case's due dates on the calendar as now held.
     *
     * @return whether a due date changed
     */
    boolean recomputeDueDates(String complaintId);
}
