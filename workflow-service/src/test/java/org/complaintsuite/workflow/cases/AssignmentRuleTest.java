package org.complaintsuite.workflow.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentRuleTest {

    @Test
    void anAgentMayTakeAnUnassignedCaseForThemselves() {
        assertThat(AssignmentRule.refusalToAssign("agent-li", "agent-li", false)).isNull();
        assertThat(AssignmentRule.refusalToReassign(null, "agent-li", false)).isNull();
        assertThat(AssignmentRule.refusalToReassign("agent-li", "agent-li", false)).isNull();
    }

    @Test
    void anAgentMayNotGiveACaseToSomeoneElse() {
        assertThat(AssignmentRule.refusalToAssign("agent-zhang", "agent-li", false))
                .contains("Only a supervisor assigns a case to someone else");
    }

    @Test
    void anAgentMayNotTakeACaseAnotherAgentHas() {
        assertThat(AssignmentRule.refusalToReassign("agent-li", "agent-zhang", false))
                .isEqualTo("The case is assigned to agent-li; only a supervisor re-assigns it.");
    }

    @Test
    void aSupervisorAssignsAndReassignsToAnyone() {
        assertThat(AssignmentRule.refusalToAssign("agent-zhang", "lead-wang", true)).isNull();
        assertThat(AssignmentRule.refusalToReassign("agent-li", "lead-wang", true)).isNull();
    }
}
