package org.complaintsuite.workflow.routing;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.TopicSignal;

import static org.assertj.core.api.Assertions.assertThat;

class RouterTest {

    private final Router router = new Router();

    private Router.Decision route(ComplaintSource source, RiskLevel escalation, RiskLevel proxy, String... topics) {
        Channel channel = switch (source) {
            case PHONE -> Channel.PHONE;
            case APP, WECHAT, WEB -> Channel.CHAT;
            default -> Channel.REGULATOR;
        };
        return router.route(channel, source, escalation, proxy,
                Arrays.stream(topics).map(TopicSignal::valueOf).collect(Collectors.toSet()), false);
    }

    @Test
    void proxyRiskHighGoesToAntiFraudEvenWhenEscalationIsCritical() {
        assertThat(route(ComplaintSource.NFRA_12378, RiskLevel.CRITICAL, RiskLevel.HIGH).group())
                .isEqualTo(SpecialistGroup.ANTI_FRAUD);
    }

    @Test
    void escalationRiskHighGoesToTheEscalationGroup() {
        Router.Decision decision = route(ComplaintSource.APP, RiskLevel.HIGH, RiskLevel.MEDIUM, "FEES");

        assertThat(decision.group()).isEqualTo(SpecialistGroup.ESCALATED);
        assertThat(decision.reason()).isEqualTo("escalation risk HIGH");
    }

    @Test
    void publicPlatformComplaintsGoToThePublicPlatformGroup() {
        assertThat(route(ComplaintSource.HEIMAO, RiskLevel.MEDIUM, RiskLevel.LOW).group())
                .isEqualTo(SpecialistGroup.PUBLIC_PLATFORM);
    }

    @Test
    void regulatorTransfersAreEscalatedAlready() {
        Router.Decision decision = route(ComplaintSource.PBOC_12363, RiskLevel.LOW, RiskLevel.LOW, "CREDIT_REPORT");

        assertThat(decision.group()).isEqualTo(SpecialistGroup.ESCALATED);
        assertThat(decision.reason()).isEqualTo("regulator transfer (PBOC_12363)");
    }

    @Test
    void mediumEscalationRiskGoesToTheProactiveLineBeforeAnyTopic() {
        assertThat(route(ComplaintSource.PHONE, RiskLevel.MEDIUM, RiskLevel.MEDIUM, "FEES").group())
                .isEqualTo(SpecialistGroup.PROACTIVE);
    }

    @Test
    void topicsGoToTheirSpecialists() {
        assertThat(route(ComplaintSource.APP, RiskLevel.LOW, RiskLevel.LOW, "CREDIT_REPORT", "FEES").group())
                .isEqualTo(SpecialistGroup.CREDIT_REPORT);
        assertThat(route(ComplaintSource.APP, RiskLevel.LOW, RiskLevel.LOW, "FEES").group())
                .isEqualTo(SpecialistGroup.FEES);
        assertThat(route(ComplaintSource.APP, RiskLevel.LOW, RiskLevel.LOW, "ABUSIVE_COLLECTION").reason())
                .isEqualTo("abusive-collection topic");
        assertThat(route(ComplaintSource.APP, RiskLevel.LOW, RiskLevel.LOW, "PRIVACY").group())
                .isEqualTo(SpecialistGroup.COMPLEX);
    }

    @Test
    void aRepeatComplaintIsComplex() {
        Router.Decision decision = router.route(Channel.PHONE, ComplaintSource.PHONE, RiskLevel.LOW, RiskLevel.LOW,
                Set.of(), true);

        assertThat(decision).isEqualTo(new Router.Decision(SpecialistGroup.COMPLEX, "repeat complaint"));
    }

    @Test
    void aCaseNotYetAssessedWaitsInTheGeneralGroupAndSaysWhy() {
        Router.Decision decision = router.route(Channel.PHONE, ComplaintSource.PHONE, null, null, Set.of(), false);

        assertThat(decision.group()).isEqualTo(SpecialistGroup.GENERAL);
        assertThat(decision.reason()).isEqualTo("not yet assessed");
    }

    @Test
    void lowRisksWithoutTopicsAreRoutine() {
        assertThat(route(ComplaintSource.PHONE, RiskLevel.LOW, RiskLevel.MEDIUM))
                .isEqualTo(new Router.Decision(SpecialistGroup.GENERAL, "routine"));
    }
}
