package org.complaintsuite.intake.normalize;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.ProductTopic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintsuite.model.ProductTopic.APP_AND_ACCOUNT;
import static org.complaintsuite.model.ProductTopic.BILLING;
import static org.complaintsuite.model.ProductTopic.BUNDLED_SALES;
import static org.complaintsuite.model.ProductTopic.COLLECTION;
import static org.complaintsuite.model.ProductTopic.CREDIT_LIMIT;
import static org.complaintsuite.model.ProductTopic.CREDIT_REPORT;
import static org.complaintsuite.model.ProductTopic.DEDUCTION;
import static org.complaintsuite.model.ProductTopic.EARLY_REPAYMENT;
import static org.complaintsuite.model.ProductTopic.INTEREST_AND_FEES;
import static org.complaintsuite.model.ProductTopic.LOAN_APPROVAL;
import static org.complaintsuite.model.ProductTopic.PRIVACY;
import static org.complaintsuite.model.ProductTopic.REFUND;
import static org.complaintsuite.model.ProductTopic.SERVICE;

class ProductTopicsTest {

    @Test
    void theDomainBriefsCallIsAboutEarlyRepaymentTheDeductionAndTheInterest() {
        assertThat(ProductTopics.of("你们提前还款为什么还扣我利息"))
                .containsExactly(EARLY_REPAYMENT, DEDUCTION, INTEREST_AND_FEES);
    }

    @Test
    void earlyRepaymentIsNotAlsoTheRepaymentSchedule() {
        assertThat(ProductTopics.of("我想提前结清，违约金怎么算")).containsExactly(EARLY_REPAYMENT, INTEREST_AND_FEES);
    }

    @Test
    void aServiceFeeIsAFeeNotTheService() {
        assertThat(ProductTopics.of("这个服务费是什么意思")).containsExactly(INTEREST_AND_FEES);
    }

    @Test
    void collectionThatCallsTheFamilyIsCollection() {
        assertThat(ProductTopics.of("你们催收天天打电话给我家人，还爆我通讯录")).containsExactly(COLLECTION);
    }

    @Test
    void aRegulatorTransferAskingForFeesBackIsAboutFeesRefundAndTheMembership() {
        assertThat(ProductTopics.of("要求退还担保费和会员费")).containsExactly(INTEREST_AND_FEES, BUNDLED_SALES, REFUND);
    }

    @Test
    void traditionalCharactersAreReadAsSimplified() {
        assertThat(ProductTopics.of("提前還款還扣我利息，徵信也有逾期記錄"))
                .containsExactly(EARLY_REPAYMENT, DEDUCTION, INTEREST_AND_FEES, CREDIT_REPORT, BILLING);
    }

    @Test
    void fullWidthAndUpperCaseLatinAreFolded() {
        assertThat(ProductTopics.of("ＡＰＰ一直闪退，登录不了")).containsExactly(APP_AND_ACCOUNT);
    }

    @Test
    void eachTopicHasItsEverydayWording() {
        assertThat(ProductTopics.of("我的额度为什么被降额了")).containsExactly(CREDIT_LIMIT);
        assertThat(ProductTopics.of("申请了三天还没放款")).containsExactly(LOAN_APPROVAL);
        assertThat(ProductTopics.of("这个月账单金额不对")).containsExactly(BILLING);
        assertThat(ProductTopics.of("借款的时候默认勾选了保险")).containsExactly(BUNDLED_SALES);
        assertThat(ProductTopics.of("我的个人信息被泄露了")).containsExactly(PRIVACY);
        assertThat(ProductTopics.of("客服态度太差，打了五次都打不通")).containsExactly(SERVICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "你好", "谢谢你，没有别的问题了", "今天天气不错", "我想咨询一下你们公司地址"})
    void wordsAboutNoProductHaveNoTopic(String words) {
        assertThat(ProductTopics.of(words)).isEmpty();
    }

    @Test
    void everyTopicHasWords() {
        for (ProductTopic topic : ProductTopic.values()) {
            assertThat(topic.label()).isNotBlank();
        }
        assertThat(ProductTopics.of("提前还 扣款 利息 征信 催收 额度 放款 账单 搭售 app 退款 隐私 客服"))
                .containsExactly(ProductTopic.values());
    }

    @Test
    void aCallOrChatWithoutABusinessCategoryTakesTheBusinessTypeItsWordsName() {
        ComplaintText call = ComplaintAssembler.text("你们提前還款为什么还扣我利息", null, null, null);

        assertThat(call.businessCategory()).isNull();
        assertThat(call.businessType()).isEqualTo(BusinessType.LOAN);
        assertThat(call.topics()).containsExactly(EARLY_REPAYMENT, DEDUCTION, INTEREST_AND_FEES);
        assertThat(ComplaintAssembler.text("你好，请问你们几点下班", null, null, null).businessType()).isNull();
    }

    @Test
    void aGivenBusinessCategoryWinsOverTheWords() {
        ComplaintText transfer = ComplaintAssembler.text("我的征信被你们乱报了", null, null, "信用卡");

        assertThat(transfer.businessType()).isEqualTo(BusinessType.BANK_CARD);
        assertThat(transfer.topics()).isEqualTo(List.of(CREDIT_REPORT));
    }
}
