package org.complaintsuite.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyDrivenTest {

    @Test
    void proxyRiskHighOrCriticalDrivesAComplaint() {
        assertThat(ProxyDriven.levels()).containsExactly(RiskLevel.HIGH, RiskLevel.CRITICAL);
        assertThat(ProxyDriven.is(RiskLevel.HIGH)).isTrue();
        assertThat(ProxyDriven.is(RiskLevel.CRITICAL)).isTrue();
    }

    @Test
    void lowerProxyRiskOrNoAssessmentDoesNot() {
        assertThat(ProxyDriven.is(RiskLevel.MEDIUM)).isFalse();
        assertThat(ProxyDriven.is(RiskLevel.LOW)).isFalse();
        assertThat(ProxyDriven.is(null)).isFalse();
    }
}
