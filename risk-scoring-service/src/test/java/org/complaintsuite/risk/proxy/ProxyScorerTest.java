package org.complaintsuite.risk.proxy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.Representative;
import org.complaintsuite.risk.Complaints;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyScorerTest {

    private final ProxyScorer scorer = new ProxyScorer();

    @Test
    void anAgencyFilingWithAPowerOfAttorneyIsHighRiskWithEveryReasonShown() {
        var agent = new Representative("李某", "+8617712345678", null, "某某法务咨询有限公司", true);

        RiskAssessment assessment = scorer.assess(Complaints.regulator("p1", "本人借款8000元，要求退还担保费和会员费", agent,
                List.of(new Attachment("委托书.pdf", "9f2c"))));

        assertThat(assessment.signals()).extracting(RiskSignal::code)
                .containsExactly("THIRD_PARTY_AGENT", "POWER_OF_ATTORNEY", "AGENCY_ORGANIZATION");
        assertThat(assessment.score()).isEqualTo(60);
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(assessment.signals().get(1).evidence().getFirst().value()).contains("委托书.pdf");
    }

    @Test
    void agencyPhrasesCountMoreTheMoreDistinctOnesAppear() {
        RiskAssessment one = scorer.assess(Complaints.chat("p2", "我要求停息挂账"));
        RiskAssessment three = scorer.assess(Complaints.chat("p3", "我已全权委托法务团队，要求停息挂账，停息挂账"));

        assertThat(one.score()).isEqualTo(25);
        assertThat(three.score()).isEqualTo(45);
        assertThat(three.signals().getFirst().evidence()).hasSize(4);
    }

    @Test
    void aCustomerWritingForThemselvesWithoutAgencyLanguageIsLowRisk() {
        RiskAssessment assessment = scorer.assess(Complaints.chat("p4", "你们提前还款为什么还扣我利息"));

        assertThat(assessment.level()).isEqualTo(RiskLevel.LOW);
        assertThat(assessment.signals()).isEmpty();
    }

    @Test
    void aFamilyMemberHelpingWithoutAgencyTraitsStaysBelowHigh() {
        var daughter = new Representative("陈某某", "+8613900139000", null, null, false);

        RiskAssessment assessment = scorer.assess(Complaints.regulator("p5", "我父亲被多扣了利息", daughter, List.of()));

        assertThat(assessment.level()).isEqualTo(RiskLevel.LOW);
        assertThat(assessment.signals()).extracting(RiskSignal::code).containsExactly("THIRD_PARTY_AGENT");
    }
}
