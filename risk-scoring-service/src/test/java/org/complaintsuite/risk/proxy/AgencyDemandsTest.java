package org.complaintsuite.risk.proxy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.support.text.CustomerText;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyDemandsTest {

    /** In the order of lexicons/proxy-agency-demand.txt. */
    private static final String[] CATEGORIES = { "WAIVE_INTEREST", "SUSPEND_REPAYMENT", "REDUCE_PRINCIPAL",
            "CLEAR_CREDIT_RECORD", "STOP_CONTACT", "ILLEGAL_RATE_CLAIM" };

    /** What an agency files for every borrower it signs up: the whole menu of demands. */
    private static final String AGENCY_TEMPLATE = "本人张某，于2023年5月在贵司借款3万元。因疫情失业，收入中断，无力偿还。现本人已委托法务团队，"
            + "特向贵司提出如下诉求：一、停息挂账，本金分36期偿还；二、全额退还已收取的利息、罚息、担保费及会员费；"
            + "三、删除本人的不良征信记录；四、停止一切催收，不得联系本人家人和单位。如贵司不予处理，本人将向金融监管局投诉。";

    private final AgencyDemands demands = AgencyDemands.load();

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "停止产生新的利息和罚息 | WAIVE_INTEREST",
            "免除全部利息、罚息和违约金 | WAIVE_INTEREST",
            "利息我不认 | WAIVE_INTEREST",
            "将已支付的各项费用原路退回 | WAIVE_INTEREST",
            "本金延期分60个月还清 | SUSPEND_REPAYMENT",
            "本金打折结清 | REDUCE_PRINCIPAL",
            "处理期间不得上报征信 | CLEAR_CREDIT_RECORD",
            "逾期记录要删掉 | CLEAR_CREDIT_RECORD" })
    void theAgenciesOtherWordingsOfTheSameDemands(String text, String category) {
        assertThat(demands.find(text)).containsOnlyKeys(category);
    }

    @ParameterizedTest
    @ValueSource(strings = { "我在好期贷借款2万元，分12期偿还", "借款20000元，分12期", "我的信用卡最低还款额是多少" })
    void describingTheLoanIsNoDemand(String text) {
        assertThat(demands.find(text)).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "放款时扣了担保费，这就是砍头息 | HIDDEN_FEES",
            "贵司在放款过程中捆绑销售权益卡 | HIDDEN_FEES",
            "催收人员多次拨打本人通讯录联系人电话 | COLLECTION_VIOLATION",
            "借款合同为格式条款，侵犯了本人的知情权 | UNFAIR_CONTRACT",
            "根据《民法典》第六百八十条 | LEGAL_CITATION",
            "本人因失业收入中断，无力偿还 | HARDSHIP" })
    void theAgenciesGroundsFallIntoTheirCategories(String text, String category) {
        assertThat(AgencyDemands.loadGrounds().find(text)).containsKey(category);
    }

    @Test
    void anAgencyTemplateReachesThreeOrMoreCategories() {
        Map<String, Evidence> found = demands.find(AGENCY_TEMPLATE);

        assertThat(found).hasSizeGreaterThanOrEqualTo(3);
        assertThat(found).containsOnlyKeys("WAIVE_INTEREST", "SUSPEND_REPAYMENT", "CLEAR_CREDIT_RECORD",
                "STOP_CONTACT");
        assertThat(found.get("SUSPEND_REPAYMENT")).isEqualTo(Evidence.span("停息挂账",
                AGENCY_TEMPLATE.indexOf("停息挂账")));
        assertThat(found.values()).allSatisfy(evidence -> {
            assertThat(evidence.kind()).isEqualTo(Evidence.Kind.TEXT_SPAN);
            assertThat(AGENCY_TEMPLATE.substring(evidence.start(), evidence.end())).isEqualTo(evidence.value());
        });
    }

    @Test
    void aGenuineCustomerAskingForAFeeRefundReachesAtMostOneCategory() {
        String text = "我上个月提前还清了贷款，但你们还是扣了我一整期的服务费200元，客服说是合同规定。我觉得不合理，请退还这笔服务费。";

        Map<String, Evidence> found = demands.find(text);

        assertThat(found).hasSizeLessThanOrEqualTo(1);
        assertThat(found).containsOnlyKeys("WAIVE_INTEREST");
    }

    @ParameterizedTest
    @ValueSource(strings = { "请问我的账单什么时候出", "你们提前还款为什么还扣我利息", "我要去银保监会投诉你们" })
    void anOrdinaryComplaintAsksForNoneOfTheDemands(String text) {
        assertThat(demands.find(text)).isEmpty();
    }

    @Test
    void eachCategoryGivesItsFirstMatchOnce() {
        String text = "要求停息挂账，停息挂账，停止一切催收";

        Map<String, Evidence> found = demands.find(text);

        assertThat(found).containsOnlyKeys("SUSPEND_REPAYMENT", "STOP_CONTACT");
        assertThat(found.get("SUSPEND_REPAYMENT")).isEqualTo(Evidence.span("停息挂账", 2));
        assertThat(found.get("STOP_CONTACT")).isEqualTo(Evidence.span("停止一切催收", 12));
    }

    @Test
    void everyCategoryOfTheResourceCanBeReached() {
        String text = "减免全部利息，暂停还款，减免本金，删除逾期记录，不得再联系我的家人，利率超过36%";

        assertThat(demands.find(text)).containsOnlyKeys(CATEGORIES);
    }

    @Test
    void categoriesComeInTheFilesOrderWhateverTheirOrderInTheText() {
        // the text names them in the reverse of the file's order
        String text = "这是违法放贷，停止催收，修复征信，减少本金，停息挂账，只还本金";

        Map<String, Evidence> found = demands.find(text);

        assertThat(found.keySet()).containsExactly(CATEGORIES);
        assertThat(found.values()).containsExactly(Evidence.span("只还本金", 27), Evidence.span("停息挂账", 22),
                Evidence.span("减少本金", 17), Evidence.span("修复征信", 12), Evidence.span("停止催收", 7),
                Evidence.span("违法放贷", 2));
    }

    @Test
    void theEvidenceIsTheEarliestMatchOfAnyPatternOfTheCategory() {
        // WAIVE_INTEREST's first pattern (减免…利息) comes before 只还本金 in the file, but not in the first text
        assertThat(demands.find("只还本金，另外要求减免全部利息"))
                .containsExactly(Map.entry("WAIVE_INTEREST", Evidence.span("只还本金", 0)));
        assertThat(demands.find("减免全部利息，只还本金"))
                .containsExactly(Map.entry("WAIVE_INTEREST", Evidence.span("减免全部利息", 0)));
    }

    @Test
    void theEarliestMatchWinsAcrossPatternsOfOneCategoryLaterInTheText() {
        // SUSPEND_REPAYMENT: 停息挂账 (first pattern) at 12, 本金分36期 (second pattern) at 2
        String text = "要求本金分36期偿还，并停息挂账";

        assertThat(demands.find(text)).containsExactly(
                Map.entry("SUSPEND_REPAYMENT", Evidence.span("本金分36期", 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "我想一次性结清", "我愿意一次性结清剩余欠款" })
    void payingOffAtOnceIsNoPrincipalReduction(String text) {
        // a customer offering to settle in one go asks for nothing off the principal
        assertThat(demands.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "本金只还一半，一次性结清", "减免30%本金后一次性结清" })
    void settlingForPartOfThePrincipalIsAPrincipalReduction(String text) {
        assertThat(demands.find(text)).containsOnlyKeys("REDUCE_PRINCIPAL");
    }

    @ParameterizedTest
    @ValueSource(strings = { "你们的年化利率超过36%", "利息高于法定上限", "高利贷法律不保护", "这笔借款不受法律保护", "你们这是非法放贷",
            "你们违法放贷" })
    void claimingTheRateIsIllegalIsACategoryOfItsOwn(String text) {
        Map<String, Evidence> found = demands.find(text);

        assertThat(found).containsOnlyKeys("ILLEGAL_RATE_CLAIM");
        assertThat(found.values()).allSatisfy(
                evidence -> assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo(evidence.value()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "年化利率24%", "我的借款利率是36%" })
    void statingTheRateIsNoIllegalRateClaim(String text) {
        assertThat(demands.find(text)).isEmpty();
    }

    // --- main-code finding (fails until the patterns are fixed) ---

    @ParameterizedTest
    @ValueSource(strings = { "请减免部分本金，利息我会按时还", "我已经还了大部分本金，请退还多收的利息" })
    void aGenuineCustomersOneDemandReachesOneCategory(String text) {
        // "A genuine customer asks for one thing" (proxy-agency-demand.txt). The patterns' .{0,n} runs across the
        // comma: 减免部分本金，利息 is read as waiving interest the customer says they will pay; and 部分.{0,8}本金
        // reads "I have repaid most of the principal" as a demand to cut it. Two categories: AGENCY_DEMANDS 15.
        assertThat(demands.find(text)).hasSize(1);
    }

    @Test
    void traditionalWordingIsConvertedBeforehandNotHere() {
        // intake converts the customer's words to simplified characters (CustomerText.simplified); this class reads
        // what intake hands on and matches simplified patterns only
        String traditional = "本人已委託法務團隊，要求停息掛賬、全額退還利息、減免本金並刪除徵信記錄";

        assertThat(demands.find(CustomerText.simplified(traditional))).containsOnlyKeys("SUSPEND_REPAYMENT",
                "WAIVE_INTEREST", "REDUCE_PRINCIPAL", "CLEAR_CREDIT_RECORD");
        assertThat(demands.find(traditional)).hasSizeLessThan(4);
    }
}
