package org.complaintsuite.workflow.routing;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;

import static org.assertj.core.api.Assertions.assertThat;

class RouterTest {

    private final Router router = new Router();

    @Test
    void proxyRiskHighGoesToAntiFraudEvenWhenEscalationIsCritical() {
        assertThat(router.route(ComplaintSource.NFRA_12378, RiskLevel.CRITICAL, RiskLevel.HIGH).group())
                .isEqualTo(SpecialistGroup.ANTI_FRAUD);
    }

    @Test
    void escalationRiskHighGoesToTheEscalationGroup() {
        Router.Decision decision = router.route(ComplaintSource.APP, RiskLevel.HIGH, RiskLevel.MEDIUM);

        assertThat(decision.group()).isEqualTo(SpecialistGroup.ESCALATED);
        assertThat(decision.reason()).isEqualTo("escalation risk HIGH");
    }

    @Test
    void publicPlatformComplaintsGoToThePublicPlatformGroup() {
        assertThat(router.route(ComplaintSource.HEIMAO, RiskLevel.MEDIUM, RiskLevel.LOW).group())
                .isEqualTo(SpecialistGroup.PUBLIC_PLATFORM);
    }

    @Test
    void aCaseNotYetAssessedWaitsInTheGeneralGroupAndSaysWhy() {
        Router.Decision decision = router.route(ComplaintSource.PHONE, null, null);

        assertThat(decision.group()).isEqualTo(SpecialistGroup.GENERAL);
        assertThat(decision.reason()).isEqualTo("not yet assessed");
    }

    @Test
    void mediumRisksStayInTheGeneralGroup() {
        assertThat(router.route(ComplaintSource.PHONE, RiskLevel.MEDIUM, RiskLevel.MEDIUM).group())
                .isEqualTo(SpecialistGroup.GENERAL);
    }
}
