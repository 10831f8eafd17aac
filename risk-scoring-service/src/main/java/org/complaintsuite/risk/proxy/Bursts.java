package org.complaintsuite.risk.proxy;

import java.util.Optional;

import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.LinkContext.Burst;
import org.complaintsuite.risk.links.LinkFacts.IdentifierFacts;

/**
 * When an identifier is a burst: carried by at least {@code burstMinComplaints} (5) complaints of at least
 * {@value #MIN_CUSTOMERS} customers within {@code burstWindow} (24 h) up to this complaint, this one included.
 * Never an ID number: one customer writing again and again is a repeat, not a burst.
 */
public final class Bursts {

    /** One customer's complaints, however many, are repeats. */
    static final int MIN_CUSTOMERS = 2;

    private final RiskProperties properties;

    public Bursts(RiskProperties properties) {
        this.properties = properties;
    }

    public Optional<Burst> of(IdentifierFacts facts) {
        Identifier identifier = facts.identifier();
        boolean burst = identifier.kind() != Identifier.Kind.ID_NUMBER
                && facts.recentComplaints() >= properties.burstMinComplaints()
                && facts.recentCustomers() >= MIN_CUSTOMERS;
        return burst ? Optional.of(new Burst(identifier, facts.recentComplaints(),
                (int) properties.burstWindow().toHours())) : Optional.empty();
    }
}
