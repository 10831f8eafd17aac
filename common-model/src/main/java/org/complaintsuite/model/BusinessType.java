package org.complaintsuite.model;

/**
 * Business types of JR/T 0169-2018 (金融消费者投诉统计分类及编码 银行业金融机构), the classification regulators
 * use for complaint statistics; named here by the standard's class names.
 */
public enum BusinessType {
    /** 人民币储蓄类. */
    DEPOSIT("人民币储蓄"),
    /** 贷款类: every kind of credit, including consumer loans and instalments. */
    LOAN("贷款"),
    /** 银行卡类: debit and credit cards. */
    BANK_CARD("银行卡"),
    /** 支付结算类. */
    PAYMENT_SETTLEMENT("支付结算"),
    /** 人民币管理类. */
    CURRENCY_MANAGEMENT("人民币管理"),
    /** 个人金融信息类: credit reports, personal data. */
    PERSONAL_FINANCIAL_INFORMATION("个人金融信息"),
    /** 其他类. */
    OTHER("其他");

    private final String label;

    BusinessType(String label) {
        this.label = label;
    }

    /** The standard's name of the class. */
    public String label() {
        return label;
    }
}
