package org.complaintsuite.risk.proxy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.complaintsuite.model.Attachment;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.Representative;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.Complaints;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.Identifier.Kind;
import org.complaintsuite.risk.links.Identifier.Role;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkContext.Burst;
import org.complaintsuite.risk.links.LinkContext.Ring;
import org.complaintsuite.risk.links.LinkContext.SharedIdentifier;
import org.complaintsuite.risk.links.LinkContext.SimilarText;
import org.complaintsuite.risk.links.LinkContext.WatchlistHit;
import org.complaintsuite.risk.text.Lexicons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProxyScorerTest {

    private static final Identifier AGENT_PHONE = new Identifier(Kind.PHONE, "+8617712345678", Role.AGENT);
    private static final Identifier MOBILE = new Identifier(Kind.PHONE, "+8613800138000", Role.CUSTOMER);
    private static final Identifier LANDLINE = new Identifier(Kind.PHONE, "+861065881234", Role.CUSTOMER);
    private static final Identifier ADDRESS = new Identifier(Kind.ADDRESS, "广东省深圳市南山区科技园路1号", Role.CUSTOMER);
    private static final Identifier ID_NUMBER = new Identifier(Kind.ID_NUMBER, "9f86d081884c7d65", Role.CUSTOMER);

    private final ProxyScorer scorer = new ProxyScorer(Lexicons.load().all(), RiskProperties.defaults());

    /** A customer writing for themselves, with nothing an agency would write. */
    private static final ComplaintReceived PLAIN = Complaints.chat("p0", "你们提前还款为什么还扣我利息");

    private static LinkContext sharing(SharedIdentifier... shared) {
        return new LinkContext(30, List.of(), List.of(shared), List.of(), List.of(), List.of(), null);
    }

    private static LinkContext similar(SimilarText... texts) {
        return new LinkContext(30, List.of(), List.of(), List.of(texts), List.of(), List.of(), null);
    }

    private static LinkContext ring(int complaints, int customers) {
        List<String> members = IntStream.rangeClosed(1, complaints).mapToObj(i -> "m" + i).toList();
        return new LinkContext(30, List.of(), List.of(), List.of(), List.of(), List.of(),
                new Ring("ring-1", complaints, customers, members));
    }

    private static List<String> codes(RiskAssessment assessment) {
        return assessment.signals().stream().map(RiskSignal::code).toList();
    }

    @Test
    void theBriefsRegulatorExampleOfAnAgencyWithAPowerOfAttorneyIsHighWithEveryReasonShown() {
        var agent = new Representative("李某", "+8617712345678", null, "某某法务咨询有限公司", true);

        RiskAssessment assessment = scorer.assess(Complaints.regulator("p1", "本人于2024年12月借款8000元……要求退还担保费和会员费",
                agent, List.of(new Attachment("委托书.pdf", "9f2c"))), LinkContext.empty());

        assertThat(assessment.signals()).extracting(RiskSignal::code, RiskSignal::weight).containsExactly(
                tuple("THIRD_PARTY_AGENT", 25), tuple("POWER_OF_ATTORNEY", 15), tuple("AGENCY_ORGANIZATION", 25));
        assertThat(assessment.score()).isEqualTo(65);
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(assessment.signals().get(0).evidence()).extracting(Evidence::value)
                .singleElement().asString().contains("某某法务咨询有限公司");
        assertThat(assessment.signals().get(1).evidence()).extracting(Evidence::value)
                .singleElement().asString().contains("委托书.pdf");
        assertThat(assessment.signals().get(2).evidence())
                .containsExactly(new Evidence(Evidence.Kind.IDENTIFIER, "某某法务咨询有限公司", -1, -1));
    }

    @Test
    void aFamilyMemberFilingWithoutAPowerOfAttorneyIsLow() {
        var daughter = new Representative("陈某某", "+8613900139000", null, null, false);

        RiskAssessment assessment = scorer.assess(Complaints.regulator("p2", "我父亲被多扣了利息", daughter, List.of()),
                LinkContext.empty());

        assertThat(assessment.signals()).extracting(RiskSignal::code).containsExactly("THIRD_PARTY_AGENT");
        assertThat(assessment.signals().getFirst().evidence().getFirst().value()).contains("陈某某");
        assertThat(assessment.level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void aLawyerWithAPowerOfAttorneyIsMediumNotHigh() {
        var lawyer = new Representative("王律师", "+861065881234", "wang@lawfirm.cn", "某某律师事务所", true);

        RiskAssessment assessment = scorer.assess(Complaints.regulator("p3", "我的当事人被多收了担保费，请依法处理", lawyer,
                List.of(new Attachment("授权委托书.pdf", "ab12"))), LinkContext.empty());

        assertThat(codes(assessment)).containsExactly("THIRD_PARTY_AGENT", "POWER_OF_ATTORNEY");
        assertThat(assessment.score()).isEqualTo(40);
        assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void anAgentWithoutNameOrOrganizationIsStillAThirdParty() {
        var unnamed = new Representative(null, "+8617712345678", null, null, false);

        RiskAssessment assessment = scorer.assess(Complaints.regulator("p4", "请尽快处理", unnamed, List.of()),
                LinkContext.empty());

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("THIRD_PARTY_AGENT");
            assertThat(signal.evidence().getFirst().value()).contains("unnamed");
        });
    }

    @Test
    void aCustomerWritingForThemselvesWithoutAgencyLanguageIsLow() {
        RiskAssessment assessment = scorer.assess(PLAIN, LinkContext.empty());

        assertThat(assessment.signals()).isEmpty();
        assertThat(assessment.level()).isEqualTo(RiskLevel.LOW);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "我要求停息挂账, 25",
            "我要求停息挂账，停息挂账，停息挂账, 25",
            "我已全权委托，要求停息挂账, 35",
            "我已全权委托法务团队，要求停息挂账，停息挂账, 45",
            "本人已委托法务团队，要求停息挂账、全额退息、减免本金并撤销征信, 45" })
    void agencyPhrasesCountPerDistinctPhraseUpToACap(String text, int weight) {
        RiskAssessment assessment = scorer.assess(Complaints.chat("p5", text), LinkContext.empty());

        // the last text also asks for four of the agencies' demands: that is AGENCY_DEMANDS, a signal of its own
        assertThat(assessment.signals()).filteredOn(signal -> signal.code().equals("AGENCY_PHRASES")).singleElement()
                .satisfies(signal -> assertThat(signal.weight()).isEqualTo(weight));
        assertThat(codes(assessment)).isSubsetOf("AGENCY_PHRASES", "AGENCY_DEMANDS");
    }

    @Test
    void everyAgencyPhraseOccurrenceIsASpanOfTheText() {
        String text = "我已全权委托法务团队，要求停息挂账，停息挂账";

        RiskAssessment assessment = scorer.assess(Complaints.chat("p6", text), LinkContext.empty());

        assertThat(assessment.signals().getFirst().evidence()).containsExactly(Evidence.span("全权委托", 2),
                Evidence.span("法务团队", 6), Evidence.span("停息挂账", 13), Evidence.span("停息挂账", 18));
    }

    @Test
    void oneOtherCustomerWithTheAgentsPhoneIsASharedAgentContact() {
        RiskAssessment assessment = scorer.assess(PLAIN,
                sharing(new SharedIdentifier(AGENT_PHONE, 1, true, false, List.of("other-1"))));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("SHARED_AGENT_CONTACT");
            assertThat(signal.weight()).isEqualTo(40);
            assertThat(signal.evidence()).extracting(Evidence::kind, Evidence::value).containsExactly(
                    tuple(Evidence.Kind.IDENTIFIER, "PHONE +86177****5678 (AGENT) shared with 1 other customer(s)"),
                    tuple(Evidence.Kind.LINKED_COMPLAINT, "other-1"));
        });
        assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void anAgentsContactOnSeveralOtherCustomersComplaintsWeighsMore() {
        RiskAssessment assessment = scorer.assess(PLAIN,
                sharing(new SharedIdentifier(AGENT_PHONE, 2, true, false, List.of("other-1", "other-2"))));

        assertThat(assessment.signals()).extracting(RiskSignal::code, RiskSignal::weight)
                .containsExactly(tuple("SHARED_AGENT_CONTACT", 50));
    }

    @Test
    void theSharedValueIsShownMaskedInTheEvidence() {
        RiskAssessment assessment = scorer.assess(PLAIN,
                sharing(new SharedIdentifier(AGENT_PHONE, 1, true, false, List.of("other-1"))));

        assertThat(assessment.signals().getFirst().evidence()).extracting(Evidence::value)
                .noneMatch(value -> value.contains("17712345678"));
    }

    @ParameterizedTest(name = "{0} customers at one address: SHARED_ADDRESS {1}")
    @CsvSource({ "2, false", "3, false", "4, true" })
    void aFamilyAtOneAddressIsInnocentButFourCustomersAreNot(int customers, boolean signalled) {
        RiskAssessment assessment = scorer.assess(PLAIN,
                sharing(new SharedIdentifier(ADDRESS, customers - 1, false, false, List.of("other-1"))));

        if (signalled) {
            assertThat(assessment.signals()).extracting(RiskSignal::code, RiskSignal::weight)
                    .containsExactly(tuple("SHARED_ADDRESS", 30));
        }
        else {
            assertThat(assessment.signals()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} customers on a landline: SHARED_CONTACT {1}")
    @CsvSource({ "5, false", "9, false", "10, true" })
    void aSwitchboardNeedsManyCustomersBeforeItCounts(int customers, boolean signalled) {
        RiskAssessment assessment = scorer.assess(PLAIN,
                sharing(new SharedIdentifier(LANDLINE, customers - 1, false, false, List.of("other-1"))));

        assertThat(codes(assessment).contains("SHARED_CONTACT")).isEqualTo(signalled);
    }

    @Test
    void aMobileSharedByThreeCustomersIsASharedContact() {
        RiskAssessment couple = scorer.assess(PLAIN,
                sharing(new SharedIdentifier(MOBILE, 1, false, false, List.of("other-1"))));
        RiskAssessment three = scorer.assess(PLAIN,
                sharing(new SharedIdentifier(MOBILE, 2, false, false, List.of("other-1", "other-2"))));

        assertThat(couple.signals()).isEmpty();
        assertThat(three.signals()).extracting(RiskSignal::code, RiskSignal::weight)
                .containsExactly(tuple("SHARED_CONTACT", 35));
    }

    @Test
    void anIdNumberSharedWithAnotherCustomerIsNeverASignal() {
        RiskAssessment assessment = scorer.assess(PLAIN,
                sharing(new SharedIdentifier(ID_NUMBER, 5, false, false, List.of("other-1"))));

        assertThat(assessment.signals()).isEmpty();
    }

    @Test
    void eachKindOfSharingIsItsOwnSignal() {
        RiskAssessment assessment = scorer.assess(PLAIN, sharing(
                new SharedIdentifier(AGENT_PHONE, 1, true, false, List.of("a-1")),
                new SharedIdentifier(MOBILE, 2, false, false, List.of("m-1", "m-2")),
                new SharedIdentifier(ADDRESS, 3, false, false, List.of("ad-1"))));

        assertThat(assessment.signals()).extracting(RiskSignal::code)
                .containsExactly("SHARED_AGENT_CONTACT", "SHARED_CONTACT", "SHARED_ADDRESS");
        assertThat(assessment.score()).isEqualTo(100);
    }

    @Test
    void aNearDuplicateOfOneOtherCustomersComplaintIsATemplate() {
        RiskAssessment assessment = scorer.assess(PLAIN, similar(
                new SimilarText("other-1", "customer-a", 0.92),
                new SimilarText("other-2", "customer-a", 0.88)));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("NEAR_DUPLICATE_TEXT");
            assertThat(signal.weight()).isEqualTo(35);
            assertThat(signal.evidence()).extracting(Evidence::kind).containsOnly(Evidence.Kind.LINKED_COMPLAINT);
            assertThat(signal.evidence()).extracting(Evidence::value)
                    .satisfiesExactly(v -> assertThat(v).contains("other-1").contains("0.92"),
                            v -> assertThat(v).contains("other-2").contains("0.88"));
        });
    }

    @Test
    void nearDuplicatesFromTwoOtherCustomersWeighMore() {
        RiskAssessment assessment = scorer.assess(PLAIN, similar(
                new SimilarText("other-1", "customer-a", 0.92),
                new SimilarText("other-2", "customer-b", 0.75)));

        assertThat(assessment.signals()).extracting(RiskSignal::code, RiskSignal::weight)
                .containsExactly(tuple("NEAR_DUPLICATE_TEXT", 45));
    }

    @Test
    void aTextBelowTheSimilarityThresholdIsNoNearDuplicate() {
        RiskAssessment below = scorer.assess(PLAIN, similar(new SimilarText("other-1", "customer-a", 0.49)));
        RiskAssessment atThreshold = scorer.assess(PLAIN, similar(new SimilarText("other-1", "customer-a", 0.5)));
        RiskAssessment oneAbove = scorer.assess(PLAIN, similar(
                new SimilarText("other-1", "customer-a", 0.8),
                new SimilarText("other-2", "customer-b", 0.3)));

        assertThat(below.signals()).isEmpty();
        assertThat(codes(atThreshold)).containsExactly("NEAR_DUPLICATE_TEXT");
        assertThat(oneAbove.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.weight()).isEqualTo(35);
            assertThat(signal.evidence()).hasSize(1);
        });
    }

    @Test
    void aWatchlistedIdentifierIsHighAloneWithTheReasonShownMasked() {
        RiskAssessment assessment = scorer.assess(PLAIN, new LinkContext(30, List.of(), List.of(), List.of(),
                List.of(new WatchlistHit(AGENT_PHONE, "known proxy agency")), List.of(), null));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("WATCHLISTED");
            assertThat(signal.weight()).isEqualTo(60);
            assertThat(signal.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.kind()).isEqualTo(Evidence.Kind.IDENTIFIER);
                assertThat(evidence.value()).contains("+86177****5678").contains("known proxy agency")
                        .doesNotContain("17712345678");
            });
        });
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aBurstFromOneIdentifierIsASignal() {
        RiskAssessment assessment = scorer.assess(PLAIN, new LinkContext(30, List.of(), List.of(), List.of(),
                List.of(), List.of(new Burst(AGENT_PHONE, 7, 24)), null));

        assertThat(assessment.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("BURST");
            assertThat(signal.weight()).isEqualTo(25);
            assertThat(signal.evidence().getFirst().value()).contains("+86177****5678").contains("7 complaints")
                    .contains("24 h");
        });
    }

    @ParameterizedTest(name = "ring of {0} customers -> {1}")
    @CsvSource({ "2, 0", "3, 30", "5, 30", "6, 40", "20, 40" })
    void aRingCountsFromThreeCustomersAndWeighsMoreFromSix(int customers, int weight) {
        RiskAssessment assessment = scorer.assess(PLAIN, ring(customers + 1, customers));

        if (weight == 0) {
            assertThat(assessment.signals()).isEmpty();
        }
        else {
            assertThat(assessment.signals()).singleElement().satisfies(signal -> {
                assertThat(signal.code()).isEqualTo("RING");
                assertThat(signal.weight()).isEqualTo(weight);
                assertThat(signal.description()).contains("ring-1");
                assertThat(signal.evidence()).hasSize(customers + 2);
                assertThat(signal.evidence().getFirst()).isEqualTo(new Evidence(Evidence.Kind.RING, "ring-1", -1, -1));
                assertThat(signal.evidence().subList(1, customers + 2))
                        .allSatisfy(e -> assertThat(e.kind()).isEqualTo(Evidence.Kind.LINKED_COMPLAINT));
            });
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "请退还多收的服务费, 0",
            "请退还多收的服务费，并停止催收, 15",
            "请退还多收的服务费，停止催收，删除我的逾期记录, 30",
            "请退还多收的服务费，停止催收，删除我的逾期记录，减免部分本金, 45",
            "请退还多收的服务费，停止催收，删除我的逾期记录，减免部分本金，并停息挂账, 60",
            "请退还多收的服务费，停止催收，删除我的逾期记录，减免部分本金，并停息挂账，你们利率超过36%, 60",
            "请退还多收的服务费，你们利率超过36%, 15" })
    void agencyDemandsWeighByTheNumberOfDistinctCategories(String text, int weight) {
        RiskAssessment assessment = scorer.assess(Complaints.chat("p8", text), LinkContext.empty());

        if (weight == 0) {
            assertThat(codes(assessment)).doesNotContain("AGENCY_DEMANDS");
        }
        else {
            assertThat(assessment.signals()).filteredOn(signal -> signal.code().equals("AGENCY_DEMANDS"))
                    .singleElement().satisfies(signal -> assertThat(signal.weight()).isEqualTo(weight));
        }
    }

    // --- the agencies' grounds (proxy-agency-grounds.txt) ---------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // a borrower reading an agency's script in a short chat: accusations, hardship, then the debt remedies
            "你们这个利率超过国家规定的上限了。催收天天打我家里人电话，已经严重影响我的生活。我现在失业了，没有能力还款。我要求停息挂账，不准再上报我的征信。| 50",
            "放款的时候扣了我担保费，这就是砍头息。我的征信你们要给我恢复，逾期记录要删掉。| 25",
            "根据《商业银行信用卡业务监督管理办法》第七十条，我要求个性化分期，本金分60期偿还。| 25" })
    void theAgenciesGroundsCountPerCategoryWithADebtRemedy(String text, int weight) {
        RiskAssessment assessment = scorer.assess(Complaints.chat("g1", text), LinkContext.empty());

        assertThat(assessment.signals()).filteredOn(signal -> signal.code().equals("AGENCY_GROUNDS")).singleElement()
                .satisfies(signal -> assertThat(signal.weight()).isEqualTo(weight));
    }

    @Test
    void aScriptWithTheWholeArgumentIsHighOnItsWordsAlone() {
        String script = "你们的利息太高了，年化都超过36%了。借款的时候还强制让我买了会员和保险。我现在失业了，真的没有能力还款。"
                + "我要申请暂停还款。已经收的利息和服务费要全部退给我。不准再上报我的征信。";

        RiskAssessment assessment = scorer.assess(Complaints.chat("g2", script), LinkContext.empty());

        assertThat(codes(assessment)).containsExactly("AGENCY_DEMANDS", "AGENCY_GROUNDS");
        assertThat(assessment.level()).isIn(RiskLevel.HIGH, RiskLevel.CRITICAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // grievances with a fix, not a debt remedy: a wronged customer, not a script
            "催收天天打我家里人电话，已经严重影响我的生活了，请让他们不要再打了",
            "放款时你们强制搭售了保险，请把保险费退给我",
            "借款合同是格式条款，你们没有明确告知利率，请给我一份利息明细",
            // hardship and one request for instalments, once
            "我现在失业了，没有能力还款，能不能给我分期？",
            "我去年失业了，收入中断，想申请延期还款",
            // a customer in real trouble: hardship, harassment and a request to pause is MEDIUM, not a script
            "我失业了没有能力还款，催收天天打我家里人电话，已经严重影响我的生活，能不能暂停还款" })
    void groundsWithoutADebtRemedyOrOneRemedyAloneStayBelowHigh(String text) {
        RiskAssessment assessment = scorer.assess(Complaints.chat("g3", text), LinkContext.empty());

        assertThat(assessment.level()).isIn(RiskLevel.LOW, RiskLevel.MEDIUM);
    }

    @ParameterizedTest
    @ValueSource(strings = { "利息我不认，我只还本金", "要求停息分期", "停止计息并暂停催收" })
    void theAgenciesSlogansAreStockPhrases(String text) {
        assertThat(codes(scorer.assess(Complaints.chat("g5", text), LinkContext.empty()))).contains("AGENCY_PHRASES");
    }

    @ParameterizedTest
    @ValueSource(strings = { "我只想先还本金，利息能不能晚点还", "能不能申请分期还款" })
    void aCustomerAskingToPayLessNowIsNoStockPhrase(String text) {
        assertThat(codes(scorer.assess(Complaints.chat("g6", text), LinkContext.empty()))).doesNotContain("AGENCY_PHRASES");
    }

    @Test
    void theSameGroundRepeatedIsOneCategory() {
        RiskAssessment assessment = scorer.assess(Complaints.chat("g4", "这是砍头息，还捆绑销售会员，又强制搭售保险。请停息挂账。"),
                LinkContext.empty());

        assertThat(assessment.signals()).filteredOn(signal -> signal.code().equals("AGENCY_GROUNDS")).singleElement()
                .satisfies(signal -> {
                    assertThat(signal.weight()).isEqualTo(25);
                    assertThat(signal.description()).contains("HIDDEN_FEES");
                });
    }

    @Test
    void theSameDemandRepeatedIsOneCategory() {
        RiskAssessment assessment = scorer.assess(Complaints.chat("p9", "请退还服务费，退还担保费，退还会员费，只还本金"),
                LinkContext.empty());

        assertThat(codes(assessment)).doesNotContain("AGENCY_DEMANDS");
    }

    @Test
    void theEvidenceOfAgencyDemandsIsTheFirstMatchOfEachCategoryInTheFilesOrder() {
        // in the text: SUSPEND, STOP, CLEAR; in proxy-agency-demand.txt: SUSPEND, CLEAR, STOP
        String text = "要求停息挂账，停止一切催收，删除不良征信记录，再次要求停息挂账";

        RiskAssessment assessment = scorer.assess(Complaints.chat("p10", text), LinkContext.empty());

        assertThat(assessment.signals()).filteredOn(signal -> signal.code().equals("AGENCY_DEMANDS")).singleElement()
                .satisfies(signal -> {
                    assertThat(signal.weight()).isEqualTo(30);
                    assertThat(signal.description()).isEqualTo(
                            "asks for 3 of the agencies' standard demands (SUSPEND_REPAYMENT, CLEAR_CREDIT_RECORD, STOP_CONTACT)");
                    assertThat(signal.evidence()).containsExactly(Evidence.span("停息挂账", 2),
                            Evidence.span("删除不良征信", 14), Evidence.span("停止一切催收", 7));
                    assertThat(signal.evidence()).allSatisfy(
                            e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.value()));
                });
    }

    @ParameterizedTest
    @CsvSource({ "重庆市金盾同创文化传媒有限公司", "宏达之星工作室", "某某法务咨询有限公司" })
    void anyOrganizationThatIsNotALawFirmIsAnAgencyOrganization(String organization) {
        var agent = new Representative("李某", "+8617712345678", null, organization, false);

        RiskAssessment assessment = scorer.assess(Complaints.regulator("p11", "请尽快处理", agent, List.of()),
                LinkContext.empty());

        assertThat(assessment.signals()).extracting(RiskSignal::code, RiskSignal::weight)
                .containsExactly(tuple("THIRD_PARTY_AGENT", 25), tuple("AGENCY_ORGANIZATION", 25));
        assertThat(assessment.signals().getLast().evidence())
                .containsExactly(new Evidence(Evidence.Kind.IDENTIFIER, organization, -1, -1));
    }

    @ParameterizedTest
    @CsvSource({ "北京大成和律师事务所", "广东某某律所" })
    void aLawFirmIsNoAgencyOrganization(String organization) {
        var lawyer = new Representative("王律师", "+861065881234", null, organization, false);

        RiskAssessment assessment = scorer.assess(Complaints.regulator("p12", "请尽快处理", lawyer, List.of()),
                LinkContext.empty());

        assertThat(codes(assessment)).containsExactly("THIRD_PARTY_AGENT");
    }

    @Test
    void aPersonFilingForTheCustomerIsNoAgencyOrganization() {
        var son = new Representative("陈小明", "+8613900139000", null, null, false);

        RiskAssessment assessment = scorer.assess(Complaints.regulator("p13", "请尽快处理", son, List.of()),
                LinkContext.empty());

        assertThat(codes(assessment)).containsExactly("THIRD_PARTY_AGENT");
    }

    @Test
    void aLawFirmsLetterLikeOtherLettersIsNoNearDuplicate() {
        var lawyer = new Representative("王律师", "+861065881234", null, "北京大成和律师事务所", true);
        var agency = new Representative("李某", "+8617712345678", null, "宏达之星工作室", true);
        LinkContext context = similar(new SimilarText("other-1", "customer-a", 0.92),
                new SimilarText("other-2", "customer-b", 0.88));

        RiskAssessment byTheLawFirm = scorer.assess(Complaints.regulator("p14", "我的当事人被多收了担保费，请依法处理",
                lawyer, List.of(new Attachment("授权委托书.pdf", "ab12"))), context);
        RiskAssessment byTheAgency = scorer.assess(Complaints.regulator("p15", "我的当事人被多收了担保费，请依法处理",
                agency, List.of(new Attachment("授权委托书.pdf", "ab12"))), context);

        assertThat(codes(byTheLawFirm)).containsExactly("THIRD_PARTY_AGENT", "POWER_OF_ATTORNEY");
        assertThat(codes(byTheAgency)).contains("NEAR_DUPLICATE_TEXT");
    }

    @Test
    void anAgencyLinkedToOtherCustomersIsCritical() {
        var agent = new Representative("李某", "+8617712345678", null, "某某法务咨询有限公司", true);
        ComplaintReceived complaint = Complaints.regulator("p7", "本人已全权委托法务团队，要求停息挂账", agent,
                List.of(new Attachment("委托书.pdf", "9f2c")));
        LinkContext context = new LinkContext(30, List.of(),
                List.of(new SharedIdentifier(AGENT_PHONE, 4, true, false, List.of("o1", "o2", "o3", "o4"))),
                List.of(new SimilarText("o1", "k1", 0.9), new SimilarText("o2", "k2", 0.85)), List.of(), List.of(),
                new Ring("ring-9", 5, 5, List.of("o1", "o2", "o3", "o4", "p7")));

        RiskAssessment assessment = scorer.assess(complaint, context);

        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(codes(assessment)).containsExactly("THIRD_PARTY_AGENT", "POWER_OF_ATTORNEY", "AGENCY_ORGANIZATION",
                "AGENCY_PHRASES", "SHARED_AGENT_CONTACT", "NEAR_DUPLICATE_TEXT", "RING");
    }

    @Test
    void aScriptInTheAgenciesWordsIsTellingButAnAgentsSummaryOrAnIncidentIsNot() {
        // a borrower reading out an agency's lines: its arguments and its demands
        assertThat(scorer.inAgencyWords(Complaints.chat("s1",
                "你们的利息太高了，年化都超过36%了，这是违法的。不准再上报我的征信。"))).isTrue();
        assertThat(scorer.inAgencyWords(Complaints.chat("s2", "利息我不认，我只还本金。"))).isTrue();
        // customers hit by one outage use the same few words, none of them an agency's
        assertThat(scorer.inAgencyWords(Complaints.chat("s3",
                "今天早上你们的应用一直登录不上去，还款也还不了，会不会算我逾期？"))).isFalse();
        // the agent's summary standing in for the customer's words: stock wordings whoever the customer
        String summary = "客户来电反映利息过高，要求停息分期。";
        ComplaintReceived chat = Complaints.chat("s4", summary);
        ComplaintReceived summarized = new ComplaintReceived(chat.eventId(), chat.occurredAt(), chat.complaintId(),
                chat.channel(), chat.source(), chat.externalReference(), chat.receivedAt(), chat.customer(), null,
                new ComplaintText(summary, summary, summary, null, null, null), null, List.of(), List.of());
        assertThat(scorer.textSignals(summary)).isNotEmpty();
        assertThat(scorer.inAgencyWords(summarized)).isFalse();
    }
}
