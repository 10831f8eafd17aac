package org.complaintsuite.risk.links;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the link store knows around one complaint, read in the complaint's own transaction. Everything is
 * relative to the complaint's receipt time and excludes the complaint itself, so reading it again gives the same
 * answer.
 *
 * @param earlierComplaintsOfCustomer the same customer's complaints in the repeat window before this one
 * @param sharedIdentifiers           identifiers of this complaint that other customers' complaints carry too
 * @param similarTexts                other customers' complaints whose text is a near duplicate of this one
 * @param watchlisted                 identifiers of this complaint on the watch list
 * @param bursts                      identifiers of this complaint used by many complaints in a short window
 * @param ring                        the ring this complaint belongs to, if any
 * @param laterComplaintsOfCustomer   the same customer's complaints in the repeat window after this one, scored
 *                                    before it (complaints of one customer may arrive out of order on different
 *                                    partitions): they missed this one as their repeat, so they are assessed again
 */
public record LinkContext(
        int repeatWindowDays,
        List<String> earlierComplaintsOfCustomer,
        List<SharedIdentifier> sharedIdentifiers,
        List<SimilarText> similarTexts,
        List<WatchlistHit> watchlisted,
        List<Burst> bursts,
        @Nullable Ring ring,
        List<String> laterComplaintsOfCustomer) {

    /** The context as the scorers read it: the later complaints only matter to the store. */
    public LinkContext(int repeatWindowDays, List<String> earlierComplaintsOfCustomer,
            List<SharedIdentifier> sharedIdentifiers, List<SimilarText> similarTexts, List<WatchlistHit> watchlisted,
            List<Burst> bursts, @Nullable Ring ring) {
        this(repeatWindowDays, earlierComplaintsOfCustomer, sharedIdentifiers, similarTexts, watchlisted, bursts, ring,
                List.of());
    }

    /** The context as the scorers read it, with the complaint's ring as it is once its links are recorded. */
    public LinkContext withRing(@Nullable Ring ring) {
        return new LinkContext(repeatWindowDays, earlierComplaintsOfCustomer, sharedIdentifiers, similarTexts,
                watchlisted, bursts, ring);
    }

    public static LinkContext empty() {
        return new LinkContext(30, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    /**
     * @param otherCustomers    how many different customers besides this complaint's carry it
     * @param usedByAnAgent     whether it is an agent's identifier here or in any of the other complaints
     * @param usedByALawyer     whether it is a law firm's identifier here or in any of the other complaints
     * @param complaintIds      some of the other complaints (at most ten), for evidence
     */
    public record SharedIdentifier(Identifier identifier, int otherCustomers, boolean usedByAnAgent,
            boolean usedByALawyer, List<String> complaintIds) {
    }

    public record SimilarText(String complaintId, String customerKey, double similarity) {
    }

    public record WatchlistHit(Identifier identifier, String reason) {
    }

    /** @param complaints how many complaints carried the identifier within the window, this one included */
    public record Burst(Identifier identifier, int complaints, int windowHours) {
    }

    /** @param customers how many different customers the ring's complaints come from */
    public record Ring(String clusterId, int complaints, int customers, List<String> memberIds) {
    }
}
