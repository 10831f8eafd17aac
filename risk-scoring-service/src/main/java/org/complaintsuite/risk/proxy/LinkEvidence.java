package org.complaintsuite.risk.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkFacts;
import org.complaintsuite.risk.links.LinkFacts.IdentifierFacts;
import org.complaintsuite.risk.links.LinkStore;

/**
 * Which of the link store's facts around a complaint are evidence, by the rules: an identifier other customers
 * carry is shared ({@link SharingRules#otherCustomers}; whether the sharing is suspicious is decided where it
 * counts, {@link SharingRules#isSuspicious}), one on the watch list is a hit, a burst is one by {@link Bursts}, and a
 * candidate text is a near duplicate by {@link NearDuplicates}.
 */
public final class LinkEvidence {

    private final Bursts bursts;
    private final NearDuplicates nearDuplicates;
    private final RiskProperties properties;

    public LinkEvidence(RiskProperties properties) {
        this.bursts = new Bursts(properties);
        this.nearDuplicates = new NearDuplicates(properties);
        this.properties = properties;
    }

    /** The context of the stored complaint, without its ring (which its links may still change). */
    public LinkContext of(LinkStore.Stored stored, LinkFacts facts) {
        List<LinkContext.SharedIdentifier> shared = new ArrayList<>();
        List<LinkContext.WatchlistHit> watchlisted = new ArrayList<>();
        List<LinkContext.Burst> burst = new ArrayList<>();
        for (IdentifierFacts identifier : facts.identifiers()) {
            shared(identifier).ifPresent(shared::add);
            if (identifier.watchlistReason() != null) {
                watchlisted.add(new LinkContext.WatchlistHit(identifier.identifier(), identifier.watchlistReason()));
            }
            bursts.of(identifier).ifPresent(burst::add);
        }
        return new LinkContext((int) properties.repeatWindow().toDays(), facts.earlierComplaintsOfCustomer(), shared,
                nearDuplicates.among(stored.signature(), facts.textCandidates()), watchlisted, burst, null,
                facts.laterComplaintsOfCustomer());
    }

    /** The identifier as shared, if other customers carry it; an agent's or lawyer's here or on any of theirs. */
    private static Optional<LinkContext.SharedIdentifier> shared(IdentifierFacts facts) {
        int others = SharingRules.otherCustomers(facts.keys());
        if (!SharingRules.isShared(others)) {
            return Optional.empty();
        }
        Identifier identifier = facts.identifier();
        return Optional.of(new LinkContext.SharedIdentifier(identifier, others,
                facts.agentElsewhere() || identifier.role() == Identifier.Role.AGENT,
                facts.lawyerElsewhere() || identifier.role() == Identifier.Role.LAWYER, facts.complaintIds()));
    }
}
