package org.complaintsuite.risk.escalation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.Complaints;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.risk.text.TextAnalysis;
import org.complaintsuite.risk.text.TextAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EscalationScorerTest {

    private final EscalationScorer scorer = new EscalationScorer();
    private final TextAnalyzer analyzer = new TextAnalyzer(Lexicons.load().all(), null);

    private RiskAssessment assess(ComplaintReceived complaint, LinkContext context) {
        return scorer.assess(complaint, analyzer.analyze(complaint.text().customerText()), context);
    }

    private RiskAssessment assess(ComplaintReceived complaint) {
        return assess(complaint, LinkContext.empty());
    }

    private static LinkContext earlierComplaints(String... complaintIds) {
        return new LinkContext(30, List.of(complaintIds), List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void theCustomersWordsAreTheSignalsOfAChatComplaint() {
        ComplaintReceived complaint = Complaints.chat("c1", "利息太高，我要找律师");
        TextAnalysis text = analyzer.analyze(complaint.text().customerText());

        RiskAssessment assessment = scorer.assess(complaint, text, LinkContext.empty());

        assertThat(assessment.signals()).isEqualTo(text.signals());
        // LEGAL_THREAT 60 + FEES 10
        assertThat(assessment.score()).isEqualTo(70);
    }

    @Test
    void aComplaintThatCameThroughARegulatorIsAlreadyEscalated() {
        RiskAssessment assessment = assess(Complaints.complaint("c2").source(ComplaintSource.NFRA_12378)
                .regulatorCase("NFRA-GD-2025-004512").text("请尽快处理").build());

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("AT_REGULATOR");
            assertThat(signal.weight()).isEqualTo(30);
            assertThat(signal.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.kind()).isEqualTo(Evidence.Kind.FACT);
                assertThat(evidence.value()).contains("NFRA_12378").contains("NFRA-GD-2025-004512");
            });
        });
        assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @ParameterizedTest
    @ValueSource(strings = { "PBOC_12363", "CCA_12315" })
    void everyRegulatorCountsAsARegulator(ComplaintSource source) {
        RiskAssessment assessment = assess(Complaints.complaint("c3").source(source).regulatorCase("R-1")
                .text("请尽快处理").build());

        assertThat(assessment.signals()).extracting(RiskSignal::code).containsExactly("AT_REGULATOR");
    }

    @Test
    void withoutATransferTheRegulatorCaseIsTheExternalReference() {
        RiskAssessment assessment = assess(Complaints.complaint("c4").source(ComplaintSource.NFRA_12378)
                .externalReference("NFRA-SH-2025-000077").regulatorCase(null).text("请尽快处理").build());

        assertThat(assessment.signals().getFirst().evidence().getFirst().value()).contains("NFRA-SH-2025-000077");
    }

    @Test
    void aComplaintFromAPublicPlatformIsAlreadyPublic() {
        RiskAssessment assessment = assess(Complaints.complaint("c5").source(ComplaintSource.HEIMAO)
                .regulatorCase("HM-17300021").text("请尽快处理").build());

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("AT_PUBLIC_PLATFORM");
            assertThat(signal.weight()).isEqualTo(30);
            assertThat(signal.evidence().getFirst().value()).contains("HEIMAO").contains("HM-17300021");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "PHONE", "APP", "WECHAT", "WEB" })
    void aComplaintToTheFirmItselfIsNotYetEscalated(ComplaintSource source) {
        assertThat(assess(Complaints.complaint("c6").source(source).text("请尽快处理").build()).signals()).isEmpty();
    }

    @Test
    void oneEarlierComplaintOfTheCustomerIsARepeat() {
        RiskAssessment assessment = assess(Complaints.chat("c7", "请尽快处理"), earlierComplaints("c0"));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("REPEAT_COMPLAINT");
            assertThat(signal.weight()).isEqualTo(20);
            assertThat(signal.description()).contains("1 time").contains("30 days");
            assertThat(signal.evidence()).containsExactly(new Evidence(Evidence.Kind.LINKED_COMPLAINT, "c0", -1, -1));
        });
    }

    @Test
    void twoOrMoreEarlierComplaintsWeighMore() {
        RiskAssessment two = assess(Complaints.chat("c8", "请尽快处理"), earlierComplaints("c0", "c1"));
        RiskAssessment five = assess(Complaints.chat("c9", "请尽快处理"), earlierComplaints("a", "b", "c", "d", "e"));

        assertThat(two.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(30);
            assertThat(signal.evidence()).extracting(Evidence::kind, Evidence::value).containsExactly(
                    tuple(Evidence.Kind.LINKED_COMPLAINT, "c0"), tuple(Evidence.Kind.LINKED_COMPLAINT, "c1"));
        });
        assertThat(five.signals().getFirst().weight()).isEqualTo(30);
        assertThat(five.signals().getFirst().evidence()).hasSize(5);
    }

    @Test
    void noEarlierComplaintIsNoRepeat() {
        assertThat(assess(Complaints.chat("c10", "请尽快处理")).signals()).isEmpty();
    }

    @Test
    void anExplicitRegulatorThreatAloneIsHigh() {
        RiskAssessment assessment = assess(Complaints.chat("c11", "再不处理我就去银保监会投诉！"));

        assertThat(assessment.signals()).extracting(RiskSignal::code).containsExactly("REGULATOR_THREAT");
        assertThat(assessment.score()).isEqualTo(60);
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aThreatWithAngerIsCritical() {
        RiskAssessment assessment = assess(Complaints.chat("c12", "你们太坑人了，我非常生气，再不处理我就去银保监会投诉"));

        assertThat(assessment.signals()).extracting(RiskSignal::code)
                .containsExactlyInAnyOrder("REGULATOR_THREAT", "ANGER");
        assertThat(assessment.level()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void aComplaintAtARegulatorThatThreatensFurtherReachesTheCap() {
        RiskAssessment assessment = assess(Complaints.complaint("c13").source(ComplaintSource.NFRA_12378)
                .regulatorCase("NFRA-1").text("我已经走投无路了，还要找媒体曝光，去法院起诉").build(),
                earlierComplaints("c0", "c1"));

        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(assessment.signals()).extracting(RiskSignal::code).containsExactlyInAnyOrder("MEDIA_THREAT",
                "LEGAL_THREAT", "DESPAIR", "AT_REGULATOR", "ESCALATED_AND_ANGRY", "REPEAT_COMPLAINT");
    }

    @Test
    void aRegulatorComplaintInAngerIsEscalatedAndAngry() {
        RiskAssessment assessment = assess(Complaints.complaint("c16").source(ComplaintSource.NFRA_12378)
                .regulatorCase("NFRA-2").text("这件事让我很生气").build());

        assertThat(assessment.signals()).extracting(RiskSignal::code, RiskSignal::weight).containsExactly(
                tuple("ANGER", 18), tuple("AT_REGULATOR", 30), tuple("ESCALATED_AND_ANGRY", 20));
        assertThat(assessment.signals().getLast().evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.kind()).isEqualTo(Evidence.Kind.FACT);
            assertThat(evidence.value()).isEqualTo("ANGER");
        });
        assertThat(assessment.score()).isEqualTo(68);
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "你们就是骗子, INSULT",
            "我已经走投无路了, DESPAIR",
            "我每天都失眠, DISTRESS",
            "为什么还不处理！！！, EMPHATIC" })
    void everyNegativeEmotionAtARegulatorCounts(String text, String emotion) {
        RiskAssessment assessment = assess(Complaints.complaint("c17").source(ComplaintSource.CCA_12315)
                .regulatorCase("CCA-1").text(text).build());

        assertThat(assessment.signals()).filteredOn(s -> s.code().equals("ESCALATED_AND_ANGRY")).singleElement()
                .satisfies(signal -> {
                    assertThat(signal.weight()).isEqualTo(20);
                    assertThat(signal.evidence()).extracting(Evidence::value).containsExactly(emotion);
                });
    }

    @Test
    void theEvidenceNamesEveryNegativeEmotionOfTheText() {
        RiskAssessment assessment = assess(Complaints.complaint("c18").source(ComplaintSource.HEIMAO)
                .regulatorCase("HM-1").text("你们这群骗子，我非常生气！！").build());

        // a public platform is a regulator channel too
        assertThat(assessment.signals()).extracting(RiskSignal::code).containsExactly("ANGER", "INSULT", "EMPHATIC",
                "AT_PUBLIC_PLATFORM", "ESCALATED_AND_ANGRY");
        assertThat(assessment.signals().getLast().evidence()).extracting(Evidence::value)
                .containsExactly("ANGER, INSULT, EMPHATIC");
    }

    @ParameterizedTest
    @ValueSource(strings = { "说实话我挺失望的", "凭什么收我整期的利息" })
    void oneMildWordAtARegulatorIsNotEscalatedAndAngry(String text) {
        RiskAssessment assessment = assess(Complaints.complaint("c30").source(ComplaintSource.NFRA_12378)
                .regulatorCase("NFRA-30").text(text).build());

        assertThat(assessment.signals()).extracting(RiskSignal::code).doesNotContain("ESCALATED_AND_ANGRY");
        assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void aCustomerWhoSaysTheyAlreadyWentAndIsStillAngryIsEscalatedAndAngry() {
        RiskAssessment assessment = assess(Complaints.chat("c31", "我上周已经打过12378了，到现在都没人理，你们到底管不管！"));

        assertThat(assessment.signals()).extracting(RiskSignal::code).contains("ALREADY_ESCALATED", "ESCALATED_AND_ANGRY")
                .noneMatch(code -> code.endsWith("_THREAT"));
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aCalmCustomerWhoAlreadyReportedToThePoliceIsNotHigh() {
        // identity theft: the police report is a fact of the case, not a threat
        RiskAssessment assessment = assess(Complaints.chat("c32", "有人冒用我的身份证借款，派出所已经给我出了报案回执，请核实"));

        assertThat(assessment.signals()).extracting(RiskSignal::code).contains("ALREADY_ESCALATED")
                .doesNotContain("POLICE_THREAT", "ESCALATED_AND_ANGRY");
        assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void atARegulatorSayingSoAgainAddsNothing() {
        RiskAssessment assessment = assess(Complaints.complaint("c33").source(ComplaintSource.NFRA_12378)
                .regulatorCase("NFRA-33").text("我之前已经向银保监会反映过了，请尽快处理").build());

        assertThat(assessment.signals()).extracting(RiskSignal::code, RiskSignal::weight)
                .containsExactly(tuple("ALREADY_ESCALATED", 0), tuple("AT_REGULATOR", 30));
        assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void anAngryChatComplaintIsNotEscalatedAndAngry() {
        RiskAssessment assessment = assess(Complaints.chat("c19", "这件事让我很生气"));

        assertThat(assessment.signals()).extracting(RiskSignal::code).containsExactly("ANGER");
    }

    @ParameterizedTest
    @ValueSource(strings = { "请尽快处理", "我不生气，只想要个说法", "利息太高了，我要去法院起诉" })
    void aCalmRegulatorComplaintIsNotEscalatedAndAngry(String text) {
        // threats and topics are not emotion; a negated emotion is none
        RiskAssessment assessment = assess(Complaints.complaint("c20").source(ComplaintSource.NFRA_12378)
                .regulatorCase("NFRA-3").text(text).build());

        assertThat(assessment.signals()).extracting(RiskSignal::code).contains("AT_REGULATOR")
                .doesNotContain("ESCALATED_AND_ANGRY");
    }

    @ParameterizedTest
    @ValueSource(strings = { "你们的处理让我有点失望", "我对这个结果不满意", "利息太高了，希望能减免一些", "扣款时间不对，请核实！" })
    void mildDissatisfactionStaysBelowHigh(String text) {
        RiskAssessment assessment = assess(Complaints.chat("c14", text));

        assertThat(assessment.level().isAtLeast(RiskLevel.HIGH)).isFalse();
    }

    @Test
    void aRoutineQuestionScoresZero() {
        RiskAssessment assessment = assess(Complaints.chat("c15", "请问我的账单什么时候出"));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.level()).isEqualTo(RiskLevel.LOW);
        assertThat(assessment.signals()).isEmpty();
    }
}
