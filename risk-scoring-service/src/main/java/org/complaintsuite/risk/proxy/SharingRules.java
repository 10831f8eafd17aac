package org.complaintsuite.risk.proxy;

import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.LinkContext.SharedIdentifier;
import org.complaintsuite.risk.links.LinkFacts.CustomerKeys;

/**
 * When an identifier shared by different customers is suspicious, and when it is innocent (domain brief §2, issue
 * rules). Sharing is innocent by itself when it is what ordinary life produces:
 * <ul>
 * <li>one customer complaining twice: never counted, only <em>other</em> customers are;</li>
 * <li>a family at one address, or a couple sharing a phone or mailbox: addresses need
 * {@code addressMinCustomers} (4) customers, mobiles and e-mails {@code contactMinCustomers} (3);</li>
 * <li>a company switchboard: a landline needs {@code landlineMinCustomers} (10);</li>
 * <li>one person known under two keys (a customer id on one channel, an ID number on another): the ID-number hash
 * is never a sharing signal.</li>
 * </ul>
 * An agent's contact is different: an agent's phone, e-mail, address or organization on complaints of two
 * different customers is what a proxy agency looks like. A law firm's is not, by itself: a lawyer represents many
 * clients, so a law firm's contact needs {@code lawFirmMinCustomers} (5) customers, as agencies posing as law firms
 * reach.
 */
public final class SharingRules {

    private final RiskProperties properties;

    public SharingRules(RiskProperties properties) {
        this.properties = properties;
    }

    /**
     * How many other customers carry an identifier, counted as the fewest people their keys can be: keys of one kind
     * ({@link org.complaintsuite.model.CustomerKeyKind}: customer id, ID number or phone) are different people, keys
     * of different kinds may be one person known under two keys, so the others are the most keys of one kind, less
     * the complaint's own customer.
     */
    public static int otherCustomers(CustomerKeys keys) {
        return Math.max(keys.sameKind(), Math.max(Math.max(keys.customerIds(), keys.idNumbers()),
                Math.max(keys.phones(), keys.otherKinds())) - 1);
    }

    /** An identifier is shared when at least one other customer carries it; one customer's repeats never share. */
    public static boolean isShared(int otherCustomers) {
        return otherCustomers > 0;
    }

    /** Whether a shared identifier is a proxy signal, and so a link that joins a ring. */
    public boolean isSuspicious(SharedIdentifier shared) {
        Identifier identifier = shared.identifier();
        int customers = shared.otherCustomers() + 1;
        if (identifier.kind() == Identifier.Kind.ID_NUMBER || shared.otherCustomers() == 0) {
            return false;
        }
        if (shared.usedByAnAgent()) {
            return true;
        }
        if (shared.usedByALawyer()) {
            return customers >= properties.lawFirmMinCustomers();
        }
        return switch (identifier.kind()) {
            case PHONE -> customers >= (identifier.isLandline() ? properties.landlineMinCustomers()
                    : properties.contactMinCustomers());
            case EMAIL -> customers >= properties.contactMinCustomers();
            case ADDRESS -> customers >= properties.addressMinCustomers();
            case ORGANIZATION -> customers >= properties.contactMinCustomers();
            case ID_NUMBER -> false;
        };
    }
}
