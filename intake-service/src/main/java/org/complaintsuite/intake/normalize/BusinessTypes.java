package org.complaintsuite.intake.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.complaintsuite.model.BusinessType;
import org.complaintsuite.support.text.CustomerText;

/**
 * Maps the business category a channel sends (free text such as 贷款, 信用卡分期, 征信) onto the JR/T 0169-2018 business
 * types. The first type whose words appear wins; the order puts the specific before the general (信用卡 before 卡,
 * 征信 before 贷款 in 贷款征信).
 */
public final class BusinessTypes {

    private static final Map<BusinessType, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(BusinessType.PERSONAL_FINANCIAL_INFORMATION, List.of("征信", "个人信息", "信息泄露", "隐私"));
        WORDS.put(BusinessType.BANK_CARD, List.of("信用卡", "借记卡", "银行卡", "储蓄卡"));
        WORDS.put(BusinessType.LOAN, List.of("贷款", "借款", "信贷", "消费贷", "分期", "还款", "授信", "额度"));
        WORDS.put(BusinessType.PAYMENT_SETTLEMENT, List.of("支付", "转账", "结算", "代扣", "扣款"));
        WORDS.put(BusinessType.DEPOSIT, List.of("储蓄", "存款", "定期", "活期"));
        WORDS.put(BusinessType.CURRENCY_MANAGEMENT, List.of("人民币管理", "现金", "残损币", "假币"));
    }

    private BusinessTypes() {
    }

    public static Optional<BusinessType> of(String businessCategory) {
        return ofSimplified(CustomerText.simplified(businessCategory));
    }

    /** As {@link #of}, for text already {@linkplain CustomerText#simplified simplified} (the customer's words). */
    public static Optional<BusinessType> ofSimplified(String text) {
        for (var entry : WORDS.entrySet()) {
            if (entry.getValue().stream().anyMatch(text::contains)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
