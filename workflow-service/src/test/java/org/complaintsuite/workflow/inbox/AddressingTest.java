package org.complaintsuite.workflow.inbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressingTest {

    private final Addressing addressing = new Addressing(90);

    @Test
    void aWarningOfAnAssignedCaseGoesToTheAssigneeOnly() {
        assertThat(addressing.recipients(Alerts.firstContact("c1", 50, "FEES", "agent-li")))
                .containsExactly(new Address(Audience.USER, "agent-li"));
        assertThat(addressing.recipients(Alerts.firstContact("c1", 75, "FEES", "agent-li")))
                .containsExactly(new Address(Audience.USER, "agent-li"));
    }

    @Test
    void aWarningOfAnUnassignedCaseGoesToTheGroup() {
        assertThat(addressing.recipients(Alerts.firstContact("c1", 50, "FEES", null)))
                .containsExactly(new Address(Audience.GROUP, "FEES"));
        assertThat(addressing.recipients(Alerts.firstContact("c1", 50, "FEES", "  ")))
                .containsExactly(new Address(Audience.GROUP, "FEES"));
    }

    @Test
    void fromNinetyPercentTheGroupsSupervisorsAreAlsoWarned() {
        assertThat(addressing.recipients(Alerts.firstContact("c1", 89, "FEES", "agent-li")))
                .containsExactly(new Address(Audience.USER, "agent-li"));
        assertThat(addressing.recipients(Alerts.firstContact("c1", 90, "FEES", "agent-li"))).containsExactly(
                new Address(Audience.USER, "agent-li"), new Address(Audience.GROUP_SUPERVISORS, "FEES"));
        assertThat(addressing.recipients(Alerts.firstContact("c1", 90, "FEES", null))).containsExactly(
                new Address(Audience.GROUP, "FEES"), new Address(Audience.GROUP_SUPERVISORS, "FEES"));
    }

    @Test
    void aBreachAlwaysReachesTheSupervisorsEvenWithAHigherSupervisorThreshold() {
        var strict = new Addressing(100);

        assertThat(strict.recipients(Alerts.firstContact("c1", 90, "FEES", "agent-li")))
                .containsExactly(new Address(Audience.USER, "agent-li"));
        assertThat(strict.recipients(Alerts.firstContact("c1", 100, "ANTI_FRAUD", "agent-li"))).containsExactly(
                new Address(Audience.USER, "agent-li"), new Address(Audience.GROUP_SUPERVISORS, "ANTI_FRAUD"));
    }
}
