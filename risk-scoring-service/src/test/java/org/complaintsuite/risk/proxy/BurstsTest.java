package org.complaintsuite.risk.proxy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.Identifier.Kind;
import org.complaintsuite.risk.links.Identifier.Role;
import org.complaintsuite.risk.links.LinkContext.Burst;
import org.complaintsuite.risk.links.LinkFacts.CustomerKeys;
import org.complaintsuite.risk.links.LinkFacts.IdentifierFacts;

import static org.assertj.core.api.Assertions.assertThat;

class BurstsTest {

    private static final Identifier AGENT_PHONE = new Identifier(Kind.PHONE, "+8617712345678", Role.AGENT);

    private final Bursts bursts = new Bursts(RiskProperties.defaults());

    private static IdentifierFacts recent(Identifier identifier, int complaints, int customers) {
        return new IdentifierFacts(identifier, new CustomerKeys(0, 0, 0, 0, 0), false, false, List.of(), complaints,
                customers, null);
    }

    @ParameterizedTest(name = "{0} complaints of {1} customers in 24 h: a burst {2}")
    @CsvSource({ "4, 4, false", "5, 2, true", "5, 1, false", "40, 1, false", "12, 6, true" })
    void fiveComplaintsOfAtLeastTwoCustomersWithinTheWindowAreABurst(int complaints, int customers, boolean burst) {
        assertThat(bursts.of(recent(AGENT_PHONE, complaints, customers)).isPresent()).isEqualTo(burst);
    }

    @Test
    void aBurstNamesItsIdentifierItsComplaintsAndTheWindowInHours() {
        assertThat(bursts.of(recent(AGENT_PHONE, 7, 3))).contains(new Burst(AGENT_PHONE, 7, 24));
    }

    @Test
    void anIdNumberIsNeverABurstHoweverManyComplaintsCarryIt() {
        Identifier idNumber = new Identifier(Kind.ID_NUMBER, "9f86d081884c7d65", Role.CUSTOMER);

        assertThat(bursts.of(recent(idNumber, 50, 10))).isEmpty();
    }
}
