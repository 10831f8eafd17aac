package org.complaintsuite.risk.proxy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.complaintsuite.risk.Complaints;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.Identifier.Kind;
import org.complaintsuite.risk.links.Identifier.Role;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkFacts;
import org.complaintsuite.risk.links.LinkFacts.CustomerKeys;
import org.complaintsuite.risk.links.LinkFacts.IdentifierFacts;
import org.complaintsuite.risk.links.LinkFacts.TextCandidate;
import org.complaintsuite.risk.links.LinkStore;

import static org.assertj.core.api.Assertions.assertThat;

class LinkEvidenceTest {

    private static final Identifier PHONE = new Identifier(Kind.PHONE, "+8613800138000", Role.CUSTOMER);
    private static final Identifier AGENT_PHONE = new Identifier(Kind.PHONE, "+8617712345678", Role.AGENT);
    private static final CustomerKeys NOBODY = new CustomerKeys(0, 0, 0, 0, 0);

    private final LinkEvidence evidence = new LinkEvidence(RiskProperties.defaults());
    private final LinkStore.Stored stored = LinkStore.Stored.of(Complaints.chat("c-1",
            "本人因疫情失业，无力偿还贷款，要求减免全部利息并停止催收，否则将向银保监会投诉，请贵公司尽快处理，谢谢配合"), false);

    private static IdentifierFacts carried(Identifier identifier, CustomerKeys keys) {
        return new IdentifierFacts(identifier, keys, false, false, List.of("c-2"), 0, 0, null);
    }

    private LinkContext context(IdentifierFacts... identifiers) {
        return evidence.of(stored, new LinkFacts(List.of(), List.of(), List.of(identifiers), List.of()));
    }

    @Test
    void keysOfOneKindAreDifferentPeopleAndKeysOfDifferentKindsMayBeOne() {
        assertThat(SharingRules.otherCustomers(new CustomerKeys(2, 0, 0, 0, 0))).isEqualTo(2);
        assertThat(SharingRules.otherCustomers(new CustomerKeys(0, 1, 1, 1, 0))).isZero();
        assertThat(SharingRules.otherCustomers(new CustomerKeys(0, 1, 3, 1, 0))).isEqualTo(2);
        assertThat(SharingRules.otherCustomers(new CustomerKeys(1, 0, 0, 0, 4))).isEqualTo(3);
    }

    @Test
    void anIdentifierNoOtherCustomerCarriesIsNotShared() {
        assertThat(context(carried(PHONE, NOBODY), carried(AGENT_PHONE, new CustomerKeys(0, 1, 1, 0, 0)))
                .sharedIdentifiers()).isEmpty();
    }

    @Test
    void anIdentifierOtherCustomersCarryIsSharedWithTheirCountAndComplaints() {
        assertThat(context(carried(PHONE, new CustomerKeys(2, 0, 0, 0, 0))).sharedIdentifiers())
                .containsExactly(new LinkContext.SharedIdentifier(PHONE, 2, false, false, List.of("c-2")));
    }

    @Test
    void anIdentifierIsAnAgentsWhenTheComplaintOrAnyOtherCarriesItAsAnAgents() {
        IdentifierFacts elsewhere = new IdentifierFacts(PHONE, new CustomerKeys(1, 0, 0, 0, 0), true, false,
                List.of("c-2"), 0, 0, null);

        assertThat(context(elsewhere, carried(AGENT_PHONE, new CustomerKeys(1, 0, 0, 0, 0))).sharedIdentifiers())
                .extracting(LinkContext.SharedIdentifier::usedByAnAgent).containsExactly(true, true);
    }

    @Test
    void anIdentifierOnTheWatchListIsAHitWhetherOrNotSomeoneElseCarriesIt() {
        IdentifierFacts watched = new IdentifierFacts(AGENT_PHONE, NOBODY, false, false, List.of(), 0, 0,
                "known agency");

        assertThat(context(watched).watchlisted())
                .containsExactly(new LinkContext.WatchlistHit(AGENT_PHONE, "known agency"));
    }

    @Test
    void theCustomersOtherComplaintsAndTheNearDuplicatesComeThroughAsTheRulesLeaveThem() {
        LinkContext context = evidence.of(stored, new LinkFacts(List.of("e-1"), List.of("l-1"), List.of(),
                List.of(new TextCandidate("c-3", "k-3", stored.signature()),
                        new TextCandidate("c-4", "k-4", new int[stored.signature().length]))));

        assertThat(context.earlierComplaintsOfCustomer()).containsExactly("e-1");
        assertThat(context.laterComplaintsOfCustomer()).containsExactly("l-1");
        assertThat(context.similarTexts()).containsExactly(new LinkContext.SimilarText("c-3", "k-3", 1.0));
        assertThat(context.ring()).isNull();
    }
}
