package org.complaintsuite.risk.proxy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Representative;
import org.complaintsuite.risk.Complaints;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.Identifier.Kind;
import org.complaintsuite.risk.links.Identifier.Role;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkContext.SharedIdentifier;
import org.complaintsuite.risk.links.LinkContext.SimilarText;
import org.complaintsuite.risk.links.RingStore.Edge;

import static org.assertj.core.api.Assertions.assertThat;

class RingLinksTest {

    private static final Identifier AGENT_PHONE = new Identifier(Kind.PHONE, "+8617712345678", Role.AGENT);
    private static final Identifier MOBILE = new Identifier(Kind.PHONE, "+8613800138000", Role.CUSTOMER);

    private final RingLinks ringLinks = new RingLinks(new SharingRules(RiskProperties.defaults()));

    private static LinkContext context(List<SharedIdentifier> shared, List<SimilarText> similar) {
        return new LinkContext(30, List.of(), shared, similar, List.of(), List.of(), null);
    }

    @Test
    void aSuspiciousSharedIdentifierLinksToEachOtherComplaintNamedWithIt() {
        List<Edge> edges = ringLinks.of(Complaints.chat("c-1", "还款问题"), context(
                List.of(new SharedIdentifier(AGENT_PHONE, 2, true, false, List.of("c-2", "c-3"))), List.of()));

        assertThat(edges).containsExactly(new Edge("c-2", "SHARED_PHONE", "PHONE +86177****5678"),
                new Edge("c-3", "SHARED_PHONE", "PHONE +86177****5678"));
    }

    @Test
    void anInnocentlySharedIdentifierLinksToNothing() {
        assertThat(ringLinks.of(Complaints.chat("c-1", "还款问题"), context(
                List.of(new SharedIdentifier(MOBILE, 1, false, false, List.of("c-2"))), List.of()))).isEmpty();
    }

    @Test
    void aNearDuplicateTextLinksToItsComplaint() {
        assertThat(ringLinks.of(Complaints.chat("c-1", "还款问题"),
                context(List.of(), List.of(new SimilarText("c-4", "k-4", 0.72)))))
                .containsExactly(new Edge("c-4", "NEAR_DUPLICATE_TEXT", "similarity 0.72"));
    }

    @Test
    void aLawFirmsLetterLikeOtherLettersLinksToNothing() {
        ComplaintReceived letter = Complaints.complaint("c-1").text("律师函")
                .representative(new Representative("王律师", null, null, "北京某某律师事务所", true)).build();

        assertThat(ringLinks.of(letter, context(List.of(), List.of(new SimilarText("c-4", "k-4", 0.9))))).isEmpty();
    }
}
