package org.complaintsuite.risk.proxy;

import java.util.ArrayList;
import java.util.List;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.RingStore.Edge;

/**
 * What makes a ring: the suspicious links of a complaint to other customers' complaints. A shared identifier links
 * when it is suspicious ({@link SharingRules#isSuspicious}), to each of the other complaints named with it; a
 * near-duplicate text links to its complaint, except in a law firm's letter, which scores nothing either (lawyers
 * write from templates). Whether a ring counts, by the customers it spans, is {@link ProxyScorer}'s.
 */
public final class RingLinks {

    private final SharingRules sharing;

    public RingLinks(SharingRules sharing) {
        this.sharing = sharing;
    }

    public List<Edge> of(ComplaintReceived complaint, LinkContext context) {
        List<Edge> edges = new ArrayList<>();
        context.sharedIdentifiers().stream().filter(sharing::isSuspicious).forEach(shared -> shared.complaintIds()
                .forEach(id -> edges.add(new Edge(id, "SHARED_" + shared.identifier().kind(),
                        shared.identifier().kind() + " " + shared.identifier().display()))));
        if (!ProxyScorer.filedByALawFirm(complaint)) {
            context.similarTexts().forEach(text -> edges.add(new Edge(text.complaintId(), "NEAR_DUPLICATE_TEXT",
                    "similarity %.2f".formatted(text.similarity()))));
        }
        return edges;
    }
}
