package org.complaintsuite.workflow.cases;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.routing.Router;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.sla.SlaPolicy;

/**
 * Where a case goes and which SLA policy its clocks run on, as the risk and the calendar change: a new assessment
 * re-routes an open case (unless a supervisor chose its group) and applies the policy the risk calls for
 * ({@link org.complaintsuite.workflow.sla.SlaPolicies#choose}); a calendar year loaded places the due dates again.
 */
public final class CasePolicy {

    private final ComplaintCase kase;

    CasePolicy(ComplaintCase kase) {
        this.kase = kase;
    }

    /**
     * Takes a (new) risk assessment: re-routes an open case when the risk changed where it goes, and applies a
     * stricter policy the new risk calls for. A closed or withdrawn case keeps its group.
     */
    public void assessed(RiskLevel escalation, RiskLevel proxy, Router.Decision routing, CaseRules rules, Instant now) {
        assessed(escalation, proxy, routing, rules, now, "risk-scoring");
    }

    /**
     * As {@link #assessed(RiskLevel, RiskLevel, Router.Decision, CaseRules, Instant)}, on behalf of {@code actor}: a
     * supervisor's review of the proxy flag changes the proxy level the case is worked on.
     */
    public void assessed(RiskLevel escalation, RiskLevel proxy, Router.Decision routing, CaseRules rules, Instant now,
            String actor) {
        if (escalation != kase.escalationLevel || proxy != kase.proxyLevel) {
            kase.record(now, actor, CaseChange.Type.ASSESSED,
                    "Risk assessed: escalation %s, proxy %s".formatted(escalation, proxy),
                    CaseChange.detail("escalation", escalation, "proxy", proxy, "previousEscalation",
                            kase.escalationLevel, "previousProxy", kase.proxyLevel));
        }
        kase.escalationLevel = escalation;
        kase.proxyLevel = proxy;
        if (kase.status.isFinal()) {
            return;
        }
        // a group a supervisor chose stands: the new risk is recorded, the case stays where they put it
        if (kase.groupSetBy == null && routing.group() != kase.group) {
            SpecialistGroup previous = kase.group;
            kase.group = routing.group();
            kase.record(now, actor, CaseChange.Type.ROUTED,
                    "Re-routed from %s to %s: %s".formatted(previous, kase.group, routing.reason()),
                    CaseChange.detail("from", previous, "to", kase.group, "reason", routing.reason()));
        }
        if (kase.groupSetBy == null) {
            kase.routingReason = routing.reason();
        }
        SlaPolicy policy = rules.policies().choose(kase.getChannel(), kase.getSource(), escalation, proxy);
        if (!policy.name().equals(kase.clocks.getSlaPolicy())) {
            Map<String, Object> detail = kase.clocks.applyPolicy(policy, kase.getReceivedAt(), rules);
            kase.record(now, actor, CaseChange.Type.POLICY_APPLIED, "SLA policy %s applied (was %s)".formatted(
                    policy.name(), detail.get("from")), detail);
        }
        kase.reschedule(rules, now);
    }

    /**
     * The policy recorded on the case, or, when the configuration no longer has it, the one the case would get now.
     */
    SlaPolicy policyInForce(CaseRules rules) {
        return Objects.requireNonNullElseGet(rules.policies().named(kase.clocks.getSlaPolicy()),
                () -> rules.policies().choose(kase.getChannel(), kase.getSource(), kase.escalationLevel,
                        kase.proxyLevel));
    }

    /**
     * Computes the due dates again on a new calendar (a year loaded or replaced). Clocks already met keep the due
     * time they were measured against.
     *
     * @return whether a due date changed
     */
    public boolean recomputeDueDates(CaseRules rules, Instant now) {
        if (kase.status.isFinal()) {
            return false;
        }
        Map<String, Object> detail = kase.clocks.recompute(policyInForce(rules), rules);
        if (detail.isEmpty()) {
            return false;
        }
        kase.record(now, "calendar", CaseChange.Type.DUE_DATES_RECOMPUTED,
                "Due dates recomputed on the calendar loaded: " + detail, detail);
        kase.reschedule(rules, now);
        return true;
    }
}
