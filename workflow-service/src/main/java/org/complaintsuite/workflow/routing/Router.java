package org.complaintsuite.workflow.routing;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;

/**
 * Chooses a case's specialist group. Rules in order, first match wins: proxy risk HIGH or above goes to the
 * anti-fraud group (the case keeps every SLA clock); escalation risk HIGH or above to the escalation group;
 * complaints from public platforms to the public-platform group; everything else to the general group. A case not
 * yet assessed is routed on what is known and routed again when its assessment arrives.
 */
public final class Router {

    public record Decision(SpecialistGroup group, String reason) {
    }

    public Decision route(ComplaintSource source, @Nullable RiskLevel escalation, @Nullable RiskLevel proxy) {
        if (proxy != null && proxy.isAtLeast(RiskLevel.HIGH)) {
            return new Decision(SpecialistGroup.ANTI_FRAUD, "proxy risk " + proxy);
        }
        if (escalation != null && escalation.isAtLeast(RiskLevel.HIGH)) {
            return new Decision(SpecialistGroup.ESCALATED, "escalation risk " + escalation);
        }
        if (source == ComplaintSource.HEIMAO) {
            return new Decision(SpecialistGroup.PUBLIC_PLATFORM, "public complaint platform");
        }
        if (escalation == null || proxy == null) {
            return new Decision(SpecialistGroup.GENERAL, "not yet assessed");
        }
        return new Decision(SpecialistGroup.GENERAL, "routine");
    }
}
