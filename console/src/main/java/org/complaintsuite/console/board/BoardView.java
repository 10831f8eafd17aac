package org.complaintsuite.console.board;

import java.util.List;

/** The group board: one row per group, and who holds that group's open cases. */
public record BoardView(String asOf, String aboutToBreachWithin, List<GroupRow> groups) {

    /**
     * @param backlog       open cases (received, assigned, contacted, reopened)
     * @param aboutToBreach cases not yet overdue with a clock due within the horizon
     * @param breached      cases with a running clock overdue now
     * @param assignees     open cases per assignee, most first (of the first {@code BoardController.SAMPLE} cases)
     */
    public record GroupRow(String group, long backlog, long aboutToBreach, long breached, List<AssigneeRow> assignees,
            boolean sampled) {
    }

    /** {@code assignee} empty for the cases nobody has taken yet. */
    public record AssigneeRow(String assignee, long open, long breached) {
    }
}
