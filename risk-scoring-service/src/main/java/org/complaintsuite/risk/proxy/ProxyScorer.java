package org.complaintsuite.risk.proxy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.Representative;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkContext.SharedIdentifier;
import org.complaintsuite.risk.text.KeywordMatcher;
import org.complaintsuite.risk.text.Lexicons;

/**
 * Proxy (代理维权) risk: how likely a complaint is driven by a proxy rights-defence agency (domain brief §2, §5).
 * What the complaint itself shows (a third party filing, a power of attorney, an agency's name or stock phrases)
 * and what links it to other customers' complaints (shared contacts, near-duplicate text, the watch list, bursts,
 * rings). A single innocent trait stays below HIGH: a family member filing, a lawyer with a power of attorney, a
 * couple at one address.
 */
public final class ProxyScorer {

    static final int THIRD_PARTY_WEIGHT = 25;
    static final int POWER_OF_ATTORNEY_WEIGHT = 15;
    static final int AGENCY_ORGANIZATION_WEIGHT = 25;
    static final int TWO_DEMANDS_WEIGHT = 15;
    static final int THREE_DEMANDS_WEIGHT = 30;
    static final int FOUR_DEMANDS_WEIGHT = 45;
    static final int FIVE_DEMANDS_WEIGHT = 60;
    /** Per category of the agencies' grounds, in a complaint that demands one of their remedies for a debt. */
    static final int GROUND_WEIGHT = 25;
    static final int GROUNDS_MAX_WEIGHT = 50;
    /**
     * The demands that undo a debt rather than fix a mistake: what the agencies sell. A refund of a fee or an end to
     * calls is what a wronged customer asks for too.
     */
    static final Set<String> DEBT_REMEDIES = Set.of("WAIVE_INTEREST", "SUSPEND_REPAYMENT", "REDUCE_PRINCIPAL",
            "CLEAR_CREDIT_RECORD");
    static final int FIRST_PHRASE_WEIGHT = 25;
    static final int FURTHER_PHRASE_WEIGHT = 10;
    static final int PHRASES_MAX_WEIGHT = 45;
    static final int SHARED_AGENT_CONTACT_WEIGHT = 40;
    static final int SHARED_AGENT_CONTACTS_WEIGHT = 50;
    static final int SHARED_CONTACT_WEIGHT = 35;
    static final int SHARED_ADDRESS_WEIGHT = 30;
    static final int NEAR_DUPLICATE_WEIGHT = 35;
    static final int NEAR_DUPLICATES_WEIGHT = 45;
    static final int WATCHLIST_WEIGHT = 60;
    static final int BURST_WEIGHT = 25;
    static final int RING_WEIGHT = 30;
    static final int LARGE_RING_WEIGHT = 40;

    private final KeywordMatcher phrases;
    private final AgencyDemands demands = AgencyDemands.load();
    private final AgencyDemands grounds = AgencyDemands.loadGrounds();
    private final SharingRules sharing;
    private final RiskProperties properties;

    public ProxyScorer(Map<String, ? extends Collection<String>> lexicons, RiskProperties properties) {
        this.phrases = new KeywordMatcher(Map.of(Lexicons.AGENCY_PHRASE, lexicons.get(Lexicons.AGENCY_PHRASE)));
        this.sharing = new SharingRules(properties);
        this.properties = properties;
    }

    public RiskAssessment assess(ComplaintReceived complaint, LinkContext context) {
        List<RiskSignal> signals = new ArrayList<>();
        representativeSignals(complaint, signals);
        signals.addAll(textSignals(complaint.text().customerText()));
        sharedIdentifierSignals(context, signals);
        if (!filedByALawFirm(complaint)) {
            // law firms write their letters from templates: similar letters from lawyers are no sign of an agency
            nearDuplicateSignal(context, signals);
        }
        if (!context.watchlisted().isEmpty()) {
            signals.add(new RiskSignal("WATCHLISTED", "carries an identifier on the watch list", WATCHLIST_WEIGHT,
                    context.watchlisted().stream().map(hit -> new Evidence(Evidence.Kind.IDENTIFIER,
                            hit.identifier().kind() + " " + hit.identifier().display() + ": " + hit.reason(), -1, -1))
                            .toList()));
        }
        if (!context.bursts().isEmpty()) {
            signals.add(new RiskSignal("BURST", "one identifier on many complaints in a short time", BURST_WEIGHT,
                    context.bursts().stream().map(burst -> new Evidence(Evidence.Kind.IDENTIFIER,
                            "%s %s: %d complaints within %d h".formatted(burst.identifier().kind(),
                                    burst.identifier().display(), burst.complaints(), burst.windowHours()), -1, -1))
                            .toList()));
        }
        LinkContext.Ring ring = context.ring();
        if (ring != null && ring.customers() >= properties.ringMinCustomers()) {
            signals.add(new RiskSignal("RING",
                    "part of ring %s: %d complaints from %d customers linked by shared contacts or text"
                            .formatted(ring.clusterId(), ring.complaints(), ring.customers()),
                    ring.customers() >= 2 * properties.ringMinCustomers() ? LARGE_RING_WEIGHT : RING_WEIGHT,
                    ringEvidence(ring)));
        }
        return RiskAssessment.fromSignals(signals);
    }

    /** The ring's id first, so a reader can tell which ring it is without parsing the description; then its members. */
    private static List<Evidence> ringEvidence(LinkContext.Ring ring) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(Evidence.Kind.RING, ring.clusterId(), -1, -1));
        ring.memberIds().forEach(id -> evidence.add(new Evidence(Evidence.Kind.LINKED_COMPLAINT, id, -1, -1)));
        return evidence;
    }

    /**
     * Whether the customer's words carry the agencies' language (a stock phrase, two or more of their demands, their
     * grounds for a debt remedy): the mark of a script an agency hands its clients to read out. An agent's summary
     * standing in for the customer's words does not count: agents write summaries from a short list of stock
     * wordings, whoever the customer.
     */
    public boolean inAgencyWords(ComplaintReceived complaint) {
        String text = complaint.text().customerText();
        return !text.equals(complaint.text().agentSummary()) && !textSignals(text).isEmpty();
    }

    /** What the words alone show: the agencies' stock phrases and their menu of demands. */
    public List<RiskSignal> textSignals(String text) {
        List<RiskSignal> signals = new ArrayList<>();
        List<Evidence> found = phrases.find(text).stream()
                .map(match -> Evidence.span(match.keyword(), match.start())).toList();
        long distinct = found.stream().map(Evidence::value).distinct().count();
        if (distinct > 0) {
            int weight = (int) Math.min(PHRASES_MAX_WEIGHT, FIRST_PHRASE_WEIGHT + (distinct - 1) * FURTHER_PHRASE_WEIGHT);
            signals.add(new RiskSignal("AGENCY_PHRASES", "uses proxy agencies' stock phrases", weight, found));
        }
        var demanded = demands.find(text);
        if (demanded.size() >= 2) {
            // the whole menu is the agencies' script; a customer in real trouble asks for one or two of these
            int weight = demanded.size() >= 5 ? FIVE_DEMANDS_WEIGHT : demanded.size() == 4 ? FOUR_DEMANDS_WEIGHT
                    : demanded.size() == 3 ? THREE_DEMANDS_WEIGHT : TWO_DEMANDS_WEIGHT;
            signals.add(new RiskSignal("AGENCY_DEMANDS",
                    "asks for %d of the agencies' standard demands (%s)".formatted(demanded.size(),
                            String.join(", ", demanded.keySet())), weight, List.copyOf(demanded.values())));
        }
        if (demanded.keySet().stream().anyMatch(DEBT_REMEDIES::contains)) {
            // the agencies' script: accuse the lender, cite the law, plead hardship, then ask for the debt to go away
            var argued = grounds.find(text);
            if (!argued.isEmpty()) {
                signals.add(new RiskSignal("AGENCY_GROUNDS",
                        "argues on %d of the agencies' grounds (%s) for a debt remedy".formatted(argued.size(),
                                String.join(", ", argued.keySet())),
                        Math.min(GROUNDS_MAX_WEIGHT, GROUND_WEIGHT * argued.size()), List.copyOf(argued.values())));
            }
        }
        return signals;
    }

    private void representativeSignals(ComplaintReceived complaint, List<RiskSignal> signals) {
        Representative representative = complaint.representative();
        if (representative == null) {
            return;
        }
        String who = representative.organization() != null ? representative.organization()
                : representative.name() != null ? representative.name() : "an unnamed agent";
        signals.add(new RiskSignal("THIRD_PARTY_AGENT", "a third party files on the customer's behalf",
                THIRD_PARTY_WEIGHT, List.of(Evidence.fact("agent: " + who))));
        if (representative.powerOfAttorney()) {
            signals.add(new RiskSignal("POWER_OF_ATTORNEY", "a power of attorney came with the complaint",
                    POWER_OF_ATTORNEY_WEIGHT, complaint.attachments().stream()
                            .map(attachment -> Evidence.fact("attachment: " + attachment.name())).toList()));
        }
        // a family member or a lawyer files for a consumer; a company that is not a law firm is what agencies
        // present themselves as (法务咨询, 文化传媒, 工作室, 信息技术 …), whatever the name
        if (representative.organization() != null && !Identifier.isLawFirm(representative.organization())) {
            signals.add(new RiskSignal("AGENCY_ORGANIZATION", "a company other than a law firm files for the customer",
                    AGENCY_ORGANIZATION_WEIGHT, List.of(new Evidence(Evidence.Kind.IDENTIFIER,
                            representative.organization(), -1, -1))));
        }
    }

    private void sharedIdentifierSignals(LinkContext context, List<RiskSignal> signals) {
        List<SharedIdentifier> suspicious = context.sharedIdentifiers().stream().filter(sharing::isSuspicious).toList();
        List<SharedIdentifier> agent = suspicious.stream().filter(SharedIdentifier::usedByAnAgent).toList();
        List<SharedIdentifier> contact = suspicious.stream().filter(s -> !s.usedByAnAgent()
                && s.identifier().kind() != Identifier.Kind.ADDRESS).toList();
        List<SharedIdentifier> address = suspicious.stream().filter(s -> !s.usedByAnAgent()
                && s.identifier().kind() == Identifier.Kind.ADDRESS).toList();
        if (!agent.isEmpty()) {
            boolean several = agent.stream().anyMatch(s -> s.otherCustomers() >= 2);
            signals.add(new RiskSignal("SHARED_AGENT_CONTACT",
                    "an agent's contact appears on other customers' complaints",
                    several ? SHARED_AGENT_CONTACTS_WEIGHT : SHARED_AGENT_CONTACT_WEIGHT, evidence(agent)));
        }
        if (!contact.isEmpty()) {
            signals.add(new RiskSignal("SHARED_CONTACT", "a phone or e-mail shared by several customers",
                    SHARED_CONTACT_WEIGHT, evidence(contact)));
        }
        if (!address.isEmpty()) {
            signals.add(new RiskSignal("SHARED_ADDRESS", "an address shared by more customers than a family",
                    SHARED_ADDRESS_WEIGHT, evidence(address)));
        }
    }

    /** Whether a law firm files the complaint: its letter is written from the firm's template, as every firm's is. */
    public static boolean filedByALawFirm(ComplaintReceived complaint) {
        Representative representative = complaint.representative();
        return representative != null && representative.organization() != null
                && Identifier.isLawFirm(representative.organization());
    }

    private static List<Evidence> evidence(List<SharedIdentifier> shared) {
        List<Evidence> evidence = new ArrayList<>();
        for (SharedIdentifier s : shared) {
            evidence.add(new Evidence(Evidence.Kind.IDENTIFIER, "%s %s (%s) shared with %d other customer(s)".formatted(
                    s.identifier().kind(), s.identifier().display(), s.identifier().role(), s.otherCustomers()), -1, -1));
            s.complaintIds().forEach(id -> evidence.add(new Evidence(Evidence.Kind.LINKED_COMPLAINT, id, -1, -1)));
        }
        return evidence;
    }

    private void nearDuplicateSignal(LinkContext context, List<RiskSignal> signals) {
        var similar = context.similarTexts().stream()
                .filter(text -> text.similarity() >= properties.nearDuplicateSimilarity()).toList();
        if (similar.isEmpty()) {
            return;
        }
        Set<String> customers = new HashSet<>();
        similar.forEach(text -> customers.add(text.customerKey()));
        signals.add(new RiskSignal("NEAR_DUPLICATE_TEXT",
                "near-duplicate text in %d other customer(s)' complaints".formatted(customers.size()),
                customers.size() >= 2 ? NEAR_DUPLICATES_WEIGHT : NEAR_DUPLICATE_WEIGHT,
                similar.stream().map(text -> new Evidence(Evidence.Kind.LINKED_COMPLAINT,
                        "%s (similarity %.2f)".formatted(text.complaintId(), text.similarity()), -1, -1)).toList()));
    }
}
