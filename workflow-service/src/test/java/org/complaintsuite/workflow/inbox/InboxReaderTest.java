package org.complaintsuite.workflow.inbox;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InboxReaderTest {

    @Test
    void anAgentSeesTheirOwnItemsAndTheirGroupsButNotTheSupervisors() {
        var agent = InboxReader.of("agent-li", List.of("FEES", "COMPLEX"), false);

        assertThat(agent.sees(new Address(Audience.USER, "agent-li"))).isTrue();
        assertThat(agent.sees(new Address(Audience.USER, "agent-zhang"))).isFalse();
        assertThat(agent.sees(new Address(Audience.GROUP, "FEES"))).isTrue();
        assertThat(agent.sees(new Address(Audience.GROUP, "ESCALATED"))).isFalse();
        assertThat(agent.sees(new Address(Audience.GROUP_SUPERVISORS, "FEES"))).isFalse();
        assertThat(agent.addresses()).containsExactly("USER:agent-li", "GROUP:COMPLEX", "GROUP:FEES");
    }

    @Test
    void aSupervisorAlsoSeesTheSupervisorsItemsOfTheirGroupsOnly() {
        var supervisor = InboxReader.of("lead-wang", List.of("FEES"), true);

        assertThat(supervisor.sees(new Address(Audience.GROUP_SUPERVISORS, "FEES"))).isTrue();
        assertThat(supervisor.sees(new Address(Audience.GROUP_SUPERVISORS, "COMPLEX"))).isFalse();
        assertThat(supervisor.addresses()).containsExactly("USER:lead-wang", "GROUP:FEES", "GROUP_SUPERVISORS:FEES");
    }

    @Test
    void groupNamesAreNormalisedAndUnknownOnesIgnored() {
        var reader = InboxReader.of("agent-li", List.of(" fees ", "NOT_A_GROUP", ""), false);

        assertThat(reader.groups()).containsExactly("FEES");
    }

    @Test
    void aReaderWithoutGroupsSeesOnlyWhatIsAddressedToThem() {
        var reader = InboxReader.of("ops-zhao", List.of(), true);

        assertThat(reader.addresses()).containsExactly("USER:ops-zhao");
        assertThat(reader.sees(new Address(Audience.GROUP_SUPERVISORS, "FEES"))).isFalse();
    }

    @Test
    void anOperationsReaderSeesWhatIsAddressedToTheOperationsRoleAndOthersDoNot() {
        var operations = InboxReader.of("ops-zhao", List.of(), false, true);
        var supervisor = InboxReader.of("lead-wang", List.of("FEES"), true);

        assertThat(operations.addresses()).containsExactly("USER:ops-zhao", "ROLE:OPERATIONS");
        assertThat(operations.sees(Address.OPERATIONS)).isTrue();
        assertThat(supervisor.sees(Address.OPERATIONS)).isFalse();
        assertThat(supervisor.addresses()).doesNotContain("ROLE:OPERATIONS");
    }
}
