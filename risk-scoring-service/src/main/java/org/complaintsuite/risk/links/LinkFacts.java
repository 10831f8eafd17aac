package org.complaintsuite.risk.links;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the link store holds around one complaint, as facts: counts, flags and candidates with no threshold applied
 * (which of them are evidence is decided by {@code proxy.LinkEvidence}). Everything is relative to the complaint's
 * receipt time and excludes the complaint itself, so reading it again gives the same answer.
 *
 * @param earlierComplaintsOfCustomer the same customer's complaints in the repeat window before this one
 * @param laterComplaintsOfCustomer   the same customer's complaints in the repeat window after this one, scored
 *                                    before it
 * @param identifiers                 per identifier of the complaint, in its order, what the other complaints say
 * @param textCandidates              other customers' complaints sharing a text band with this one
 * @param customerKnown               whether the store holds any other complaint of the customer, in the repeat
 *                                    window or not: a customer it holds none of has had no complaint reviewed
 */
public record LinkFacts(List<String> earlierComplaintsOfCustomer, List<String> laterComplaintsOfCustomer,
        List<IdentifierFacts> identifiers, List<TextCandidate> textCandidates, boolean customerKnown) {

    /** Facts of a customer the store may hold other complaints of. */
    public LinkFacts(List<String> earlierComplaintsOfCustomer, List<String> laterComplaintsOfCustomer,
            List<IdentifierFacts> identifiers, List<TextCandidate> textCandidates) {
        this(earlierComplaintsOfCustomer, laterComplaintsOfCustomer, identifiers, textCandidates, true);
    }

    /**
     * The distinct customer keys among the other complaints carrying an identifier in the link window, by the kind
     * of key ({@link org.complaintsuite.model.CustomerKeyKind}).
     *
     * @param sameKind    keys of the complaint's own customer's kind, its own key left out
     * @param customerIds customer-id keys, the complaint's own included if another of its complaints carries it
     * @param idNumbers   ID-number keys, likewise
     * @param phones      phone keys, likewise
     * @param otherKinds  keys of any other kind, likewise
     */
    public record CustomerKeys(int sameKind, int customerIds, int idNumbers, int phones, int otherKinds) {
    }

    /**
     * @param keys               who else carries it in the link window
     * @param agentElsewhere     whether an agent carries it on another complaint
     * @param lawyerElsewhere    whether a law firm carries it on another complaint
     * @param complaintIds       the first other customers' complaints carrying it, for evidence
     * @param recentComplaints   complaints carrying it in the burst window up to this one (none read for ID numbers)
     * @param recentCustomers    the customers of those
     * @param watchlistReason    why it is on the watch list, if it is
     */
    public record IdentifierFacts(Identifier identifier, CustomerKeys keys, boolean agentElsewhere,
            boolean lawyerElsewhere, List<String> complaintIds, int recentComplaints, int recentCustomers,
            @Nullable String watchlistReason) {
    }

    /** A complaint whose text shares a band with this one's, with its MinHash signature. */
    public record TextCandidate(String complaintId, String customerKey, int[] signature) {
    }
}
