package org.complaintsuite.risk.proxy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.ProxyFlagReviewed.Decision;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.links.LinkContext;

/**
 * Supervisors' verdicts on one customer's proxy flags, as they stand, and what they change in that customer's
 * assessments (issue 10). A flag dismissed in a ring clears the customer of that ring: the links of the customer's
 * complaints to the ring's members (shared identifiers, bursts, near-duplicate texts) and the ring itself no longer
 * count against this customer, on the complaint reviewed and on every later one. The other members' assessments are
 * not touched: the links are still facts, and this customer's complaints still count against them.
 * <p>
 * Per ring, or per complaint for a flag reviewed while its complaint was in no ring, the latest verdict is in force: a
 * confirmation after a dismissal makes the links count again. The assessment records a dismissal in force as the
 * signal {@value #SIGNAL}, of weight 0, with who dismissed it and why.
 */
public final class ProxyVerdicts {

    public static final String SIGNAL = "PROXY_FLAG_DISMISSED";

    public enum Scope {
        /** A customer's standing in a ring. */
        RING,
        /** One complaint, reviewed while it was in no ring. */
        COMPLAINT
    }

    /** A supervisor's decision on a customer's flag, in a ring or on one complaint. */
    public record Verdict(Scope scope, String scopeId, Decision decision, String reviewer, String reason,
            Instant decidedAt) {
    }

    private static final ProxyVerdicts NONE = new ProxyVerdicts(Map.of());

    private final Map<Key, Verdict> inForce;

    private record Key(Scope scope, String scopeId) {
    }

    private ProxyVerdicts(Map<Key, Verdict> inForce) {
        this.inForce = inForce;
    }

    public static ProxyVerdicts none() {
        return NONE;
    }

    /** The verdicts of one customer; of several on one ring or complaint, the latest is in force. */
    public static ProxyVerdicts of(Collection<Verdict> verdicts) {
        Map<Key, Verdict> latest = new LinkedHashMap<>();
        verdicts.stream().sorted(Comparator.comparing(Verdict::decidedAt))
                .forEach(verdict -> latest.put(new Key(verdict.scope(), verdict.scopeId()), verdict));
        return latest.isEmpty() ? NONE : new ProxyVerdicts(Map.copyOf(latest));
    }

    /** The rings the customer was cleared of, in id order: their members are left out of the customer's links. */
    public List<String> clearedRings() {
        return inForce.values().stream()
                .filter(verdict -> verdict.scope() == Scope.RING && verdict.decision() == Decision.DISMISSED)
                .map(Verdict::scopeId).sorted().toList();
    }

    /** The context as it counts against the customer: a ring the customer was cleared of is no evidence. */
    public LinkContext counted(LinkContext context) {
        LinkContext.Ring ring = context.ring();
        if (ring == null || dismissed(Scope.RING, ring.clusterId()).isEmpty()) {
            return context;
        }
        return new LinkContext(context.repeatWindowDays(), context.earlierComplaintsOfCustomer(),
                context.sharedIdentifiers(), context.similarTexts(), context.watchlisted(), context.bursts(), null,
                context.laterComplaintsOfCustomer());
    }

    /**
     * The proxy assessment with the dismissal that applies to the complaint recorded in it: the dismissal in the
     * complaint's ring, else one of the complaint itself. It weighs nothing: what it cleared is already gone from the
     * evidence.
     *
     * @param ring the complaint's ring as read from the link store, before {@link #counted} dropped it
     */
    public RiskAssessment recorded(RiskAssessment proxy, String complaintId, LinkContext.@Nullable Ring ring) {
        Optional<Verdict> ringVerdict = ring == null ? Optional.empty() : dismissed(Scope.RING, ring.clusterId());
        Optional<Verdict> verdict = ringVerdict.or(() -> dismissed(Scope.COMPLAINT, complaintId));
        if (verdict.isEmpty()) {
            return proxy;
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.fact("dismissed by %s: %s".formatted(verdict.get().reviewer(), verdict.get().reason())));
        String description;
        if (verdict.get().scope() == Scope.RING) {
            evidence.add(new Evidence(Evidence.Kind.RING, verdict.get().scopeId(), -1, -1));
            description = ("a supervisor dismissed the customer's proxy flag in ring %s: the customer's links to its "
                    + "members do not count").formatted(verdict.get().scopeId());
        }
        else {
            description = "a supervisor dismissed this complaint's proxy flag";
        }
        List<RiskSignal> signals = new ArrayList<>(proxy.signals());
        signals.add(new RiskSignal(SIGNAL, description, 0, evidence));
        return RiskAssessment.fromSignals(signals);
    }

    private Optional<Verdict> dismissed(Scope scope, String scopeId) {
        return Optional.ofNullable(inForce.get(new Key(scope, scopeId)))
                .filter(verdict -> verdict.decision() == Decision.DISMISSED);
    }
}
