package org.complaintsuite.intake.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.complaintsuite.model.BusinessType;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "贷款, LOAN",
            "貸款, LOAN",
            "消费贷分期, LOAN",
            "信用卡分期, BANK_CARD",
            "借记卡, BANK_CARD",
            "征信, PERSONAL_FINANCIAL_INFORMATION",
            "徵信, PERSONAL_FINANCIAL_INFORMATION",
            "贷款征信异议, PERSONAL_FINANCIAL_INFORMATION",
            "代扣, PAYMENT_SETTLEMENT",
            "定期存款, DEPOSIT",
            "假币, CURRENCY_MANAGEMENT"})
    void businessCategoryMapsToItsJrT0169BusinessType(String category, BusinessType expected) {
        assertThat(BusinessTypes.of(category)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"天气", "保险理赔", ""})
    void categoryWithoutAMatchingBusinessTypeHasNone(String category) {
        assertThat(BusinessTypes.of(category)).isEmpty();
    }
}
