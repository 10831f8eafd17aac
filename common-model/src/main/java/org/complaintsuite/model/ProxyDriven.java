package org.complaintsuite.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * "Proxy driven": a complaint whose proxy risk is at least {@link #THRESHOLD}. Workflow routes it to the anti-fraud
 * group, counts it in the {@code proxyDriven} figure and lets a supervisor review the flag; the rollup's SQL function
 * {@code sla_proxy_driven} lists the same levels, checked against {@link #levels()} by a test.
 */
public final class ProxyDriven {

    /** The lowest proxy level that drives a complaint. */
    public static final RiskLevel THRESHOLD = RiskLevel.HIGH;

    private ProxyDriven() {
    }

    /** Whether a complaint of proxy level {@code proxy} (null: not assessed yet) is proxy driven. */
    public static boolean is(@Nullable RiskLevel proxy) {
        return proxy != null && proxy.isAtLeast(THRESHOLD);
    }

    /** The proxy levels that drive a complaint, lowest first. */
    public static Set<RiskLevel> levels() {
        Set<RiskLevel> levels = EnumSet.noneOf(RiskLevel.class);
        Arrays.stream(RiskLevel.values()).filter(ProxyDriven::is).forEach(levels::add);
        return levels;
    }
}
