package org.complaintsuite.risk.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.escalation.EscalationScorer;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.links.LinkFacts;
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.risk.links.RingStore;
import org.complaintsuite.risk.proxy.LinkEvidence;
import org.complaintsuite.risk.proxy.ProxyScorer;
import org.complaintsuite.risk.proxy.ProxyVerdicts;
import org.complaintsuite.risk.proxy.RingLinks;
import org.complaintsuite.risk.proxy.SharingRules;
import org.complaintsuite.risk.proxy.VerdictStore;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.risk.text.TextAnalyzer;

/**
 * Scores a received complaint against everything known before and around it, and re-assesses the earlier
 * complaints whose evidence it changes (a ring that grows). Scoring happens in one transaction that also fills the
 * outbox and queues the grown ring, so a committed assessment is always published, a crash publishes nothing
 * half-done, and no re-assessment is lost; the ring's expansion into its members, and each member's re-assessment,
 * then run in transactions of their own, on the {@link ReassessmentLane}. Each complaint is scored as its links count against its customer: without the
 * members of the rings a supervisor cleared the customer of ({@link ProxyVerdicts}).
 * <p>
 * A scoring reads the facts (the stores), decides with the rules (plain classes: {@link LinkEvidence},
 * {@link RingLinks}, the scorers), and writes the outcome (the links, the assessment).
 */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

    private final LinkStore links;
    private final RingStore rings;
    private final AssessmentStore assessments;
    private final @Nullable VerdictStore verdicts;
    private final TextAnalyzer textAnalyzer;
    private final EscalationScorer escalation = new EscalationScorer();
    private final ProxyScorer proxy;
    private final LinkEvidence evidence;
    private final RingLinks ringLinks;
    private final RiskProperties properties;
    private final Clock clock;

    @Autowired
    public AssessmentService(LinkStore links, RingStore rings, AssessmentStore assessments,
            @Nullable VerdictStore verdicts, Lexicons lexicons, TextAnalyzer textAnalyzer, RiskProperties properties,
            Clock clock) {
        this.links = links;
        this.rings = rings;
        this.assessments = assessments;
        this.verdicts = verdicts;
        this.textAnalyzer = textAnalyzer;
        this.proxy = new ProxyScorer(lexicons.all(), properties);
        this.evidence = new LinkEvidence(properties);
        this.ringLinks = new RingLinks(new SharingRules(properties));
        this.properties = properties;
        this.clock = clock;
    }

    /** Without supervisors' verdicts, as the scoring benchmark builds it: every customer's links count. */
    public AssessmentService(LinkStore links, RingStore rings, AssessmentStore assessments, Lexicons lexicons,
            TextAnalyzer textAnalyzer, RiskProperties properties, Clock clock) {
        this(links, rings, assessments, null, lexicons, textAnalyzer, properties, clock);
    }

    /**
     * What scoring a complaint did.
     *
     * @param assessed the complaint's assessment if it changed (and so is in the outbox)
     * @param queued   whether it queued re-assessment work (a grown ring, or the customer's later complaints)
     */
    public record Scored(Optional<ComplaintAssessed> assessed, boolean queued) {
    }

    /**
     * Scores a complaint ({@link #score}).
     *
     * @return the complaint's assessment if it changed (and so is in the outbox), else nothing
     */
    @Transactional
    public List<ComplaintAssessed> process(ComplaintReceived complaint) {
        return score(complaint).assessed().map(List::of).orElse(List.of());
    }

    /**
     * Scores a complaint. A ring it grew is queued, in this transaction, to have its members assessed again by
     * {@link #reassessNext}: their re-assessment does not hold up this complaint's, however big the ring.
     */
    @Transactional
    public Scored score(ComplaintReceived complaint) {
        return score(stored(complaint));
    }

    /**
     * Scores these complaints in their order in one transaction, as {@link #score} would one after the other: the
     * locks of all of them are taken first, by one statement in ascending key order as one complaint's are, so that
     * two such transactions still never wait for each other in a circle. When another transaction holds one of them
     * longer than {@code lockWait} (an agency's complaints all lock its phone), this fails at once instead of holding
     * the others' locks while it waits: the caller scores them one at a time, and the complaints that share nothing
     * with the busy ones do not queue behind them.
     */
    @Transactional
    public List<Scored> scoreAll(List<ComplaintReceived> complaints, Duration lockWait) {
        List<LinkStore.Stored> stored = complaints.stream().map(this::stored).toList();
        links.lockAll(stored, lockWait);
        return stored.stream().map(this::score).toList();
    }

    private Scored score(LinkStore.Stored stored) {
        ComplaintReceived complaint = stored.complaint();
        // read: the complaint stored under its locks, then what the store knows around it
        boolean firstTime = links.lockAndStore(stored);
        LinkFacts facts = links.facts(stored);
        LinkContext context = evidence.of(stored, facts);
        // a customer the store holds no other complaint of has had none reviewed: no verdict to read
        ProxyVerdicts verdicts = firstTime && !facts.customerKnown() ? ProxyVerdicts.none() : verdictsOf(complaint);
        // decide: the links are facts, whoever was cleared: the complaint joins the ring they make, and counts
        // against the ring's other members as before
        List<RingStore.Edge> edges = ringLinks.of(complaint, context);
        // write
        boolean queued = false;
        if (firstTime && !context.laterComplaintsOfCustomer().isEmpty()) {
            // scored before this one though received after it: they missed it as their repeat
            queued = links.queueReassessment(context.laterComplaintsOfCustomer(), complaint.complaintId(),
                    clock.instant()) > 0;
        }
        RingStore.Linked linked = rings.link(complaint.complaintId(), edges, clock.instant());
        // linked, the ring is read back with the links; stored just now and linked to nothing, it is in no ring (no
        // other transaction can have linked to it yet)
        LinkContext.Ring ring = !edges.isEmpty() ? linked.ring()
                : firstTime ? null : rings.ring(complaint.complaintId());
        LinkContext counted = verdicts.clearedRings().isEmpty() ? context
                : evidence.of(stored, links.facts(stored, verdicts.clearedRings()));
        AssessmentStore.Saved own = save(complaint, counted.withRing(ring), verdicts, ring);
        return new Scored(own.changed() ? Optional.of(own.assessed()) : Optional.empty(), queued || linked.queued());
    }

    /** The next piece of queued re-assessment work, however recently a ring was queued ({@link #reassessNext}). */
    @Transactional
    public boolean reassessNext() {
        return reassessNext(Duration.ZERO);
    }

    /**
     * Does the next piece of queued re-assessment work, in a transaction of its own: expands the oldest grown ring
     * queued at least {@code coalescingWindow} ago into its members' queue, or else assesses the oldest queued
     * complaint again with what the link store knows now (filling the outbox if its assessment changed). A ring
     * queued more recently waits: it may grow again, and its growths within the window make one expansion.
     *
     * @return whether there was work (so the caller may go on draining)
     */
    @Transactional
    public boolean reassessNext(Duration coalescingWindow) {
        Instant now = clock.instant();
        var ring = rings.expandQueuedRing(properties.maxReassessments(), now, now.minus(coalescingWindow));
        if (ring.isPresent()) {
            if (ring.get().members() > properties.maxReassessments()) {
                log.info("Ring {} has {} members; the {} assessed longest ago are assessed again",
                        ring.get().clusterId(), ring.get().members(), properties.maxReassessments());
            }
            return true;
        }
        var queued = links.takeQueuedReassessment();
        queued.flatMap(links::find).ifPresent(earlier -> reassessLocked(lock(earlier)));
        return queued.isPresent();
    }

    /**
     * Takes the locks a complaint is scored under (its customer, identifiers and text bands), in the caller's
     * transaction: whatever the caller then changes about the customer is seen by every scoring of the customer's
     * complaints that comes after.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LinkStore.Stored lock(ComplaintReceived complaint) {
        LinkStore.Stored stored = stored(complaint);
        links.lock(stored);
        return stored;
    }

    /**
     * Assesses a complaint again with what the link store and the supervisors' verdicts say now, in the caller's
     * transaction, which holds the complaint's locks ({@link #lock}).
     *
     * @return the new assessment if it changed (and so is in the outbox)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ComplaintAssessed> reassessLocked(LinkStore.Stored stored) {
        ComplaintReceived complaint = stored.complaint();
        ProxyVerdicts verdicts = verdictsOf(complaint);
        LinkContext context = evidence.of(stored, links.facts(stored, verdicts.clearedRings()));
        LinkContext.Ring ring = rings.ring(complaint.complaintId());
        AssessmentStore.Saved saved = save(complaint, context.withRing(ring), verdicts, ring);
        return saved.changed() ? Optional.of(saved.assessed()) : Optional.empty();
    }

    private ProxyVerdicts verdictsOf(ComplaintReceived complaint) {
        return verdicts == null ? ProxyVerdicts.none() : verdicts.of(complaint.customer().customerKey());
    }

    /** The complaint as the link store holds it: the same on first scoring and on every re-assessment. */
    private LinkStore.Stored stored(ComplaintReceived complaint) {
        return LinkStore.Stored.of(complaint, proxy.inAgencyWords(complaint));
    }

    /** Scores the complaint on its context (its ring included) and saves the assessment, the outbox with it. */
    private AssessmentStore.Saved save(ComplaintReceived complaint, LinkContext context, ProxyVerdicts verdicts,
            LinkContext.@Nullable Ring ring) {
        return assessments.save(complaint.complaintId(),
                escalation.assess(complaint, textAnalyzer.analyze(complaint.text().customerText()), context),
                verdicts.recorded(proxy.assess(complaint, verdicts.counted(context)), complaint.complaintId(), ring),
                clock.instant());
    }
}
