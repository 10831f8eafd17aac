package org.complaintsuite.model;

/**
 * What a customer's words are about, product by product (溯源: which part of the offer causes dissatisfaction). Intake
 * finds them in the customer's words, complaints and ordinary contacts alike; a text may be about several or none.
 * The set follows what consumer-finance service contacts are about: the repayment and its cost (提前还款, 扣款, 利息费用,
 * 账单与还款, 退款), the credit itself (额度, 借款审批与放款), what follows a late payment (催收, 征信), add-ons sold with
 * the loan (搭售与会员), the app and the service, and the customer's data.
 */
public enum ProductTopic {
    /** 提前还款: paying off early, and what it costs (提前结清, 违约金). */
    EARLY_REPAYMENT("提前还款"),
    /** 扣款: money taken from the customer's account (代扣, 划扣, twice or more than due). */
    DEDUCTION("扣款"),
    /** 利息费用: interest, rates and fees (利率, 手续费, 担保费, 罚息). */
    INTEREST_AND_FEES("利息费用"),
    /** 征信: the credit report and what is reported to it. */
    CREDIT_REPORT("征信"),
    /** 催收: collection of overdue debt, its manner and whom it reaches (通讯录, 家人). */
    COLLECTION("催收"),
    /** 额度: the credit limit (降额, 提额, 冻结). */
    CREDIT_LIMIT("额度"),
    /** 借款审批与放款: the application, its review and the payout. */
    LOAN_APPROVAL("借款审批与放款"),
    /** 账单与还款: bills, the repayment schedule and overdue status. */
    BILLING("账单与还款"),
    /** 搭售与会员: insurance, memberships and other add-ons sold with the loan. */
    BUNDLED_SALES("搭售与会员"),
    /** APP与账户: the app, signing in, the account and bound cards. */
    APP_AND_ACCOUNT("APP与账户"),
    /** 退款: money the customer wants back. */
    REFUND("退款"),
    /** 个人信息: the customer's personal data (leaks, misuse, identity theft). */
    PRIVACY("个人信息"),
    /** 服务: the service itself (agents' attitude, unreachable hotline, slow answers). */
    SERVICE("服务");

    private final String label;

    ProductTopic(String label) {
        this.label = label;
    }

    /** The topic's Chinese name. */
    public String label() {
        return label;
    }
}
