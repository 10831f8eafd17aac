package org.complaintsuite.workflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.complaintsuite.support.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RegulatorExtensionRuleTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void fifteenDaysAreExtendedToThirtyThenToSixtyAndNoFurther() {
        assertThat(RegulatorExtensionRule.nextStep(15)).isEqualTo(30);
        assertThat(RegulatorExtensionRule.nextStep(30)).isEqualTo(60);
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> RegulatorExtensionRule.nextStep(60))
                .withMessageContaining("60 days");
    }

    @Test
    void aRequestSkippingAStepOrBesideAPendingOneIsRefused() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> RegulatorExtensionRule.checkRequest(60, 15, false))
                .withMessageContaining("next extension is to 30 days");
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> RegulatorExtensionRule.checkRequest(30, 15, true))
                .withMessageContaining("already waiting");
        assertThatNoException().isThrownBy(() -> RegulatorExtensionRule.checkRequest(30, 15, false));
    }

    @Test
    void theRequesterNeverApprovesTheirOwnRequest() {
        assertThat(RegulatorExtensionRule.mayDecide("lead-wang", "lead-wang")).isFalse();
        assertThat(RegulatorExtensionRule.mayDecide("agent-li", "lead-wang")).isTrue();
    }

    @Test
    void theExtendedLastDayCountsFromTheBeijingDayOfReceipt() {
        // 2025-09-30T20:00Z is already 1 October in Beijing
        assertThat(RegulatorExtensionRule.lastDay(Instant.parse("2025-09-30T20:00:00Z"), BEIJING, 30, null))
                .isEqualTo(LocalDate.parse("2025-10-31"));
    }

    @Test
    void aLaterDeadlineTheRegulatorGaveIsNeverBroughtForward() {
        assertThat(RegulatorExtensionRule.lastDay(Instant.parse("2025-09-30T02:00:00Z"), BEIJING, 30,
                LocalDate.parse("2025-11-20"))).isEqualTo(LocalDate.parse("2025-11-20"));
    }
}
