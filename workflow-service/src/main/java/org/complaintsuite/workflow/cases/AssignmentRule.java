package org.complaintsuite.workflow.cases;

import org.jspecify.annotations.Nullable;

/**
 * Who may assign a case to whom: an agent takes a case for themselves, and only while no other agent has it; giving a
 * case to someone else, or taking it from another agent, is a supervisor's decision.
 */
final class AssignmentRule {

    private AssignmentRule() {
    }

    /** Why {@code actor} may not give a case to {@code assignee}, whoever has it now; null when they may. */
    static @Nullable String refusalToAssign(String assignee, String actor, boolean supervisor) {
        if (supervisor || assignee.equals(actor)) {
            return null;
        }
        return "Only a supervisor assigns a case to someone else; an agent may assign it to themselves (" + actor
                + ").";
    }

    /** Why {@code actor} may not take the case from {@code current}, who has it now; null when they may. */
    static @Nullable String refusalToReassign(@Nullable String current, String actor, boolean supervisor) {
        if (supervisor || current == null || current.equals(actor)) {
            return null;
        }
        return "The case is assigned to " + current + "; only a supervisor re-assigns it.";
    }
}
