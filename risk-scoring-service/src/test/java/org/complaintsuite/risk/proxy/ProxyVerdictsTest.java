package org.complaintsuite.risk.proxy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.ProxyFlagReviewed.Decision;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkContext.Ring;
import org.complaintsuite.risk.proxy.ProxyVerdicts.Scope;
import org.complaintsuite.risk.proxy.ProxyVerdicts.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyVerdictsTest {

    private static final Instant T0 = Instant.parse("2025-10-11T02:00:00Z");
    private static final Ring RING_1 = new Ring("ring-1", 4, 4, List.of("c1", "o1", "o2", "o3"));
    private static final Ring RING_2 = new Ring("ring-2", 3, 3, List.of("c1", "p1", "p2"));
    private static final RiskAssessment FLAGGED = RiskAssessment.fromSignals(List.of(
            new RiskSignal("THIRD_PARTY_AGENT", "a third party files", 25, List.of(Evidence.fact("agent: 代理人")))));

    private static Verdict verdict(Scope scope, String id, Decision decision, Instant at) {
        return new Verdict(scope, id, decision, "lead-wang", "customer came in person with ID; relative helped", at);
    }

    private static LinkContext inRing(Ring ring) {
        var shared = new LinkContext.SharedIdentifier(new Identifier(Identifier.Kind.PHONE, "+8617712345678",
                Identifier.Role.AGENT), 3, true, false, List.of("o1", "o2", "o3"));
        return new LinkContext(30, List.of("c0"), List.of(shared), List.of(), List.of(), List.of(), ring);
    }

    @Test
    void aDismissalInARingClearsTheCustomerOfThatRingOnly() {
        ProxyVerdicts verdicts = ProxyVerdicts.of(List.of(verdict(Scope.RING, "ring-1", Decision.DISMISSED, T0)));

        assertThat(verdicts.clearedRings()).containsExactly("ring-1");
        assertThat(verdicts.counted(inRing(RING_1)).ring()).isNull();
        assertThat(verdicts.counted(inRing(RING_2)).ring()).isEqualTo(RING_2);
    }

    @Test
    void theRingDroppedLeavesTheRestOfTheContextAsItWas() {
        ProxyVerdicts verdicts = ProxyVerdicts.of(List.of(verdict(Scope.RING, "ring-1", Decision.DISMISSED, T0)));
        LinkContext context = inRing(RING_1);

        LinkContext counted = verdicts.counted(context);

        assertThat(counted.earlierComplaintsOfCustomer()).isEqualTo(context.earlierComplaintsOfCustomer());
        assertThat(counted.sharedIdentifiers()).isEqualTo(context.sharedIdentifiers());
        assertThat(counted.repeatWindowDays()).isEqualTo(30);
    }

    @Test
    void aConfirmationClearsNothing() {
        ProxyVerdicts verdicts = ProxyVerdicts.of(List.of(verdict(Scope.RING, "ring-1", Decision.CONFIRMED, T0)));

        assertThat(verdicts.clearedRings()).isEmpty();
        assertThat(verdicts.counted(inRing(RING_1))).isEqualTo(inRing(RING_1));
        assertThat(verdicts.recorded(FLAGGED, "c1", RING_1)).isEqualTo(FLAGGED);
    }

    @Test
    void theLatestVerdictOnARingIsInForceWhateverOrderTheyCameIn() {
        Verdict dismissed = verdict(Scope.RING, "ring-1", Decision.DISMISSED, T0);
        Verdict confirmedLater = verdict(Scope.RING, "ring-1", Decision.CONFIRMED, T0.plusSeconds(60));

        assertThat(ProxyVerdicts.of(List.of(confirmedLater, dismissed)).clearedRings()).isEmpty();
        assertThat(ProxyVerdicts.of(List.of(dismissed, confirmedLater)).clearedRings()).isEmpty();
        assertThat(ProxyVerdicts.of(List.of(verdict(Scope.RING, "ring-1", Decision.DISMISSED, T0.plusSeconds(120)),
                confirmedLater)).clearedRings()).containsExactly("ring-1");
    }

    @Test
    void aDismissalIsRecordedAsASignalOfNoWeightNamingWhoAndWhyAndTheRing() {
        ProxyVerdicts verdicts = ProxyVerdicts.of(List.of(verdict(Scope.RING, "ring-1", Decision.DISMISSED, T0)));

        RiskAssessment recorded = verdicts.recorded(FLAGGED, "c1", RING_1);

        assertThat(recorded.score()).isEqualTo(FLAGGED.score());
        assertThat(recorded.signals()).last().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("PROXY_FLAG_DISMISSED");
            assertThat(signal.weight()).isZero();
            assertThat(signal.description()).contains("ring-1");
            assertThat(signal.evidence()).containsExactly(
                    Evidence.fact("dismissed by lead-wang: customer came in person with ID; relative helped"),
                    new Evidence(Evidence.Kind.RING, "ring-1", -1, -1));
        });
    }

    @Test
    void aComplaintOutsideTheClearedRingRecordsNoDismissal() {
        ProxyVerdicts verdicts = ProxyVerdicts.of(List.of(verdict(Scope.RING, "ring-1", Decision.DISMISSED, T0)));

        assertThat(verdicts.recorded(FLAGGED, "c9", RING_2)).isEqualTo(FLAGGED);
        assertThat(verdicts.recorded(FLAGGED, "c9", null)).isEqualTo(FLAGGED);
    }

    @Test
    void aFlagDismissedOnAComplaintInNoRingIsRecordedOnThatComplaintAndClearsNoRing() {
        ProxyVerdicts verdicts = ProxyVerdicts.of(List.of(verdict(Scope.COMPLAINT, "c1", Decision.DISMISSED, T0)));

        assertThat(verdicts.clearedRings()).isEmpty();
        assertThat(verdicts.recorded(FLAGGED, "c1", null).signals()).extracting(RiskSignal::code)
                .containsExactly("THIRD_PARTY_AGENT", "PROXY_FLAG_DISMISSED");
        assertThat(verdicts.recorded(FLAGGED, "c2", null)).isEqualTo(FLAGGED);
    }

    @Test
    void aCustomerWithoutVerdictsIsScoredAsBefore() {
        ProxyVerdicts none = ProxyVerdicts.none();

        assertThat(none.clearedRings()).isEmpty();
        assertThat(none.counted(inRing(RING_1))).isEqualTo(inRing(RING_1));
        assertThat(none.recorded(FLAGGED, "c1", RING_1)).isEqualTo(FLAGGED);
    }
}
