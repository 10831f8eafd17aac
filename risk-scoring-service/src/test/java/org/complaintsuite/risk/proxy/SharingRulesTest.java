package org.complaintsuite.risk.proxy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.Identifier.Kind;
import org.complaintsuite.risk.links.Identifier.Role;
import org.complaintsuite.risk.links.LinkContext.SharedIdentifier;

import static org.assertj.core.api.Assertions.assertThat;

class SharingRulesTest {

    private static final Identifier MOBILE = new Identifier(Kind.PHONE, "+8613800138000", Role.CUSTOMER);
    private static final Identifier LANDLINE = new Identifier(Kind.PHONE, "+861065881234", Role.CUSTOMER);
    private static final Identifier EMAIL = new Identifier(Kind.EMAIL, "home@example.com", Role.CUSTOMER);
    private static final Identifier ADDRESS = new Identifier(Kind.ADDRESS, "广东省深圳市南山区科技园路1号", Role.CUSTOMER);
    private static final Identifier ID_NUMBER = new Identifier(Kind.ID_NUMBER, "9f86d081884c7d65", Role.CUSTOMER);
    private static final Identifier AGENT_PHONE = new Identifier(Kind.PHONE, "+8617712345678", Role.AGENT);
    private static final Identifier AGENT_ORGANIZATION = new Identifier(Kind.ORGANIZATION, "某某法务咨询有限公司", Role.AGENT);

    private final SharingRules rules = new SharingRules(RiskProperties.defaults());

    private static SharedIdentifier shared(Identifier identifier, int otherCustomers, boolean usedByAnAgent) {
        return new SharedIdentifier(identifier, otherCustomers, usedByAnAgent, false, List.of("other-1"));
    }

    @Test
    void anAgentsPhoneOnOneOtherCustomersComplaintIsSuspicious() {
        assertThat(rules.isSuspicious(shared(AGENT_PHONE, 1, true))).isTrue();
        assertThat(rules.isSuspicious(shared(AGENT_ORGANIZATION, 1, true))).isTrue();
    }

    @Test
    void aCustomersPhoneThatIsAnAgentsPhoneElsewhereIsSuspicious() {
        assertThat(rules.isSuspicious(shared(MOBILE, 1, true))).isTrue();
    }

    @ParameterizedTest(name = "{0} other customer(s) at one address: suspicious {1}")
    @CsvSource({ "1, false", "2, false", "3, true", "12, true" })
    void aFamilyMayShareAnAddressButNotMore(int otherCustomers, boolean suspicious) {
        assertThat(rules.isSuspicious(shared(ADDRESS, otherCustomers, false))).isEqualTo(suspicious);
    }

    @ParameterizedTest(name = "{0} other customer(s) on a mobile: suspicious {1}")
    @CsvSource({ "1, false", "2, true", "5, true" })
    void aCoupleMayShareAMobileButThreeCustomersMayNot(int otherCustomers, boolean suspicious) {
        assertThat(rules.isSuspicious(shared(MOBILE, otherCustomers, false))).isEqualTo(suspicious);
        assertThat(rules.isSuspicious(shared(EMAIL, otherCustomers, false))).isEqualTo(suspicious);
    }

    @ParameterizedTest(name = "{0} other customer(s) on a landline: suspicious {1}")
    @CsvSource({ "2, false", "4, false", "8, false", "9, true", "30, true" })
    void aSwitchboardIsSharedByManyCustomersInnocently(int otherCustomers, boolean suspicious) {
        assertThat(rules.isSuspicious(shared(LANDLINE, otherCustomers, false))).isEqualTo(suspicious);
    }

    @ParameterizedTest
    @CsvSource({ "1, false", "1, true", "50, false", "50, true" })
    void anIdNumberSharedIsNeverSuspicious(int otherCustomers, boolean usedByAnAgent) {
        assertThat(rules.isSuspicious(shared(ID_NUMBER, otherCustomers, usedByAnAgent))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSameCustomerComplainingAgainIsNeverSharing(Kind kind) {
        Identifier identifier = new Identifier(kind, "+8617712345678", Role.AGENT);

        assertThat(rules.isSuspicious(new SharedIdentifier(identifier, 0, true, false, List.of()))).isFalse();
    }

    @Test
    void theThresholdsComeFromTheProperties() {
        RiskProperties strict = new RiskProperties(RiskProperties.defaults().repeatWindow(),
                RiskProperties.defaults().linkWindow(), 2, 2, 2, 2, 0.5, RiskProperties.defaults().burstWindow(), 5, 3, 50,
                RiskProperties.Limits.defaults());
        SharingRules strictRules = new SharingRules(strict);

        assertThat(strictRules.isSuspicious(shared(ADDRESS, 1, false))).isTrue();
        assertThat(strictRules.isSuspicious(shared(LANDLINE, 1, false))).isTrue();
        assertThat(strictRules.isSuspicious(shared(MOBILE, 1, false))).isTrue();
    }

    @Test
    void aLawFirmsContactSharedByAFewClientsIsNotSuspiciousButByManyIs() {
        Identifier lawFirmPhone = new Identifier(Identifier.Kind.PHONE, "+862112345678", Identifier.Role.LAWYER);

        assertThat(rules.isSuspicious(new SharedIdentifier(lawFirmPhone, 3, false, true, List.of("other-1"))))
                .isFalse();
        assertThat(rules.isSuspicious(new SharedIdentifier(lawFirmPhone, 4, false, true, List.of("other-1"))))
                .isTrue();
    }
}
