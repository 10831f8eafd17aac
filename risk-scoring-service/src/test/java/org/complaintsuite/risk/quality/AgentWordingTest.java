package org.complaintsuite.risk.quality;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.model.QualityFinding.Category;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.model.Utterance.Speaker;

import static org.assertj.core.api.Assertions.assertThat;

class AgentWordingTest {

    private static final AgentWording RULES = AgentWording.load();
    private static final String GREETING = "您好，工号3021很高兴为您服务";

    private static List<QualityFinding> chat(String... agentWords) {
        List<Utterance> conversation = new java.util.ArrayList<>();
        conversation.add(new Utterance(Speaker.CUSTOMER, null, "我这个月还不上了"));
        for (String words : agentWords) {
            conversation.add(new Utterance(Speaker.AGENT, Instant.parse("2026-12-01T02:00:00Z"), words, "A0192"));
        }
        return RULES.check("cmp-1", Channel.CHAT, conversation);
    }

    private static List<String> rules(List<QualityFinding> findings) {
        return findings.stream().map(QualityFinding::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"再不还钱后果自负", "不还的话我们就上门找你", "你等着，让你好看", "逾期不还就送你进监狱"})
    void aThreatIsFound(String words) {
        assertThat(rules(chat(words))).containsExactly("THREAT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"您放心，我们不会上门催收", "我们没有去你单位", "请您放心，我们不会上门找你"})
    void aNegatedThreatIsNone(String words) {
        assertThat(chat(words)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"你有病吧，说了多少遍了", "爱投诉就投诉，随便你", "闭嘴听我说", "没钱还借什么钱"})
    void rudenessIsFound(String words) {
        assertThat(rules(chat(words))).containsExactly("RUDENESS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"再不还我们就联系你的家人", "我们已经通知你单位了", "明天打电话给你的紧急联系人",
            "我们会把情况告诉你爸妈", "已经发短信给你通讯录里的朋友了"})
    void contactingThirdPartiesAboutTheDebtIsFound(String words) {
        List<QualityFinding> findings = chat(words);

        assertThat(rules(findings)).containsExactly("THIRD_PARTY_CONTACT");
        assertThat(findings.getFirst().category()).isEqualTo(Category.THIRD_PARTY_CONTACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我们不会联系您的家人，请放心", "您可以联系家人帮您还款", "请告诉我您的紧急联系人电话",
            "请核实一下您的紧急联系人和家人的电话", "联系方式已更新，您的家人可以放心"})
    void advisingOrAskingIsNoThirdPartyContact(String words) {
        assertThat(chat(words)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我保证全额退款给您", "放心，保证不上征信", "我们可以帮您删除征信记录", "百分之百能办下来"})
    void anUnkeepablePromiseIsFound(String words) {
        assertThat(rules(chat(words))).containsExactly("UNKEEPABLE_PROMISE");
    }

    @Test
    void aPromiseTheAgentDeclinesIsNone() {
        assertThat(chat("这个我不能保证全额退款，需要按流程审核")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我先给你姐姐打个电话，让她劝劝你", "您爱人那边我们上午已经打过电话了", "我们已经跟他说了你欠款的事",
            "明天会给你单位发一份催款函"})
    void aThirdPartyBeforeTheVerbOrSpokenOfInTheThirdPersonIsFound(String words) {
        assertThat(rules(chat(words))).containsExactly("THIRD_PARTY_CONTACT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"不会影响您的征信，我保证", "罚息和违约金我这边直接给您全免了", "只要今天还上，之前的逾期都能一笔勾销"})
    void aPromiseOfAnOutcomeInEitherOrderIsFound(String words) {
        assertThat(rules(chat(words))).containsExactly("UNKEEPABLE_PROMISE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"我帮您申请一下减免，结果以审核为准", "我不能保证您的申请一定通过", "全额退款这个我没办法向您保证"})
    void aPromiseAskedOfTheProcessOrDeclinedIsNone(String words) {
        assertThat(chat(words)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"报警抓人这种事不存在，逾期是民事纠纷", "您是说之前有催收员讲“再不还就去你单位闹”，对吧？",
            "不存在“上门催收”这种情况，请您放心"})
    void aDeniedOrReportedThreatIsNone(String words) {
        assertThat(chat(words)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"你是不是脑子有问题，还款日都记不住？", "别哭穷了，谁不知道你们这种人什么套路", "再不还钱后果自负"})
    void aQuestionAnImperativeOrTheCustomersFailingNegatesNothing(String words) {
        assertThat(chat(words)).isNotEmpty();
    }

    @Test
    void theCustomersOwnWordsAreNotChecked() {
        List<Utterance> conversation = List.of(new Utterance(Speaker.CUSTOMER, null, "你有病吧，信不信我上门找你"),
                new Utterance(Speaker.AGENT, null, "您好，工号3021，我帮您查询一下", "A0192"),
                new Utterance(Speaker.AGENT, null, "已经为您登记", "A0192"));

        assertThat(RULES.check("cmp-1", Channel.PHONE, conversation)).isEmpty();
    }

    @Test
    void aFindingNamesTheAgentTheTurnAndTheSpanAndKeepsItsIdWhenCheckedAgain() {
        List<QualityFinding> findings = chat(GREETING, "再不还我们就联系你的家人");
        QualityFinding finding = findings.getFirst();

        assertThat(finding.agentId()).isEqualTo("A0192");
        assertThat(finding.turn()).isEqualTo(2);
        assertThat(finding.saidAt()).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(finding.words()).isEqualTo("再不还我们就联系你的家人");
        assertThat(finding.evidence()).containsExactly(Evidence.span("联系你的家人", 6));
        assertThat(chat(GREETING, "再不还我们就联系你的家人").getFirst().findingId()).isEqualTo(finding.findingId());
        assertThat(findings).hasSize(1);
    }

    @Test
    void traditionalCharactersAreReadSimplified() {
        assertThat(rules(chat("再不還錢我們就聯繫你的家人"))).containsExactly("THIRD_PARTY_CONTACT");
    }

    @Test
    void aCallWithoutAStaffNumberIsAMissingDisclosureOnTheFirstAgentTurn() {
        List<Utterance> call = List.of(new Utterance(Speaker.AGENT, null, "您好，请问有什么可以帮您", "A0192"),
                new Utterance(Speaker.CUSTOMER, null, "我想问一下账单"),
                new Utterance(Speaker.AGENT, null, "好的我帮您查询一下", "A0192"));

        List<QualityFinding> findings = RULES.check("cmp-1", Channel.PHONE, call);

        assertThat(rules(findings)).containsExactly("NO_STAFF_NUMBER");
        assertThat(findings.getFirst().turn()).isZero();
        assertThat(findings.getFirst().evidence().getFirst().kind()).isEqualTo(Evidence.Kind.FACT);
    }

    @Test
    void aStaffNumberInAnyTurnOrAChatOrASingleTurnNeedsNoOther() {
        List<Utterance> call = List.of(new Utterance(Speaker.AGENT, null, "您好请问有什么可以帮您", "A0192"),
                new Utterance(Speaker.AGENT, null, "我的工号是3021", "A0192"));

        assertThat(RULES.check("cmp-1", Channel.PHONE, call)).isEmpty();
        assertThat(chat("您好请问有什么可以帮您", "好的")).isEmpty();
        assertThat(RULES.check("cmp-1", Channel.PHONE, call.subList(0, 1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"这笔的日利率是0.05%", "月息一分五", "每期服务费是30元", "利息大概是三个点", "一万块一天三块钱的利息",
            "展期费是本金的百分之十", "三万分36期，总利息大概六千出头"})
    void aPriceWithoutItsAnnualizedRateIsAMissingDisclosure(String words) {
        List<QualityFinding> findings = chat(words);

        assertThat(rules(findings)).containsExactly("APR_NOT_STATED");
        assertThat(findings.getFirst().category()).isEqualTo(Category.MISSING_DISCLOSURE);
    }

    @Test
    void aPriceWithItsAnnualizedRateSomewhereInTheConversationIsDisclosed() {
        assertThat(chat("这笔的日利率是0.05%", "折合年化利率18.25%")).isEmpty();
        assertThat(chat("日利率万分之四，折合成年利率是14.6%")).isEmpty();
        assertThat(chat("利息会在账单里列出")).isEmpty();
    }
}
