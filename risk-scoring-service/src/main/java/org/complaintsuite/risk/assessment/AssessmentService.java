package org.complaintsuite.risk.assessment;

import java.time.Clock;
import java.util.ArrayList;
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
import org.complaintsuite.risk.links.LinkStore;
import org.complaintsuite.risk.proxy.ProxyScorer;
import org.complaintsuite.risk.proxy.ProxyVerdicts;
import org.complaintsuite.risk.proxy.VerdictStore;
import org.complaintsuite.risk.proxy.SharingRules;
import org.complaintsuite.risk.text.Lexicons;
import org.complaintsuite.risk.text.TextAnalyzer;

/**
 * Scores a received complaint against everything known before and around it, and re-assesses the earlier
 * complaints whose evidence it changes (a ring that grows). Scoring happens in one transaction that also fills the
 * outbox and queues the grown ring, so a committed assessment is always published, a crash publishes nothing
 * half-done, and no re-assessment is lost; the ring's expansion into its members, and each member's re-assessment,
 * then run in transactions of their own. Each complaint is scored as its links count against its customer: without the
 * members of the rings a supervisor cleared the customer of ({@link ProxyVerdicts}).
 */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

    private final LinkStore links;
    private final AssessmentStore assessments;
    private final @Nullable VerdictStore verdicts;
    private final TextAnalyzer textAnalyzer;
    private final EscalationScorer escalation = new EscalationScorer();
    private final ProxyScorer proxy;
    private final SharingRules sharing;
    private final RiskProperties properties;
    private final Clock clock;

    @Autowired
    public AssessmentService(LinkStore links, AssessmentStore assessments, @Nullable VerdictStore verdicts,
            Lexicons lexicons, TextAnalyzer textAnalyzer, RiskProperties properties, Clock clock) {
        this.links = links;
        this.assessments = assessments;
        this.verdicts = verdicts;
        this.textAnalyzer = textAnalyzer;
        this.proxy = new ProxyScorer(lexicons.all(), properties);
        this.sharing = new SharingRules(properties);
        this.properties = properties;
        this.clock = clock;
    }

    /** Without supervisors' verdicts, as the scoring benchmark builds it: every customer's links count. */
    public AssessmentService(LinkStore links, AssessmentStore assessments, Lexicons lexicons,
            TextAnalyzer textAnalyzer, RiskProperties properties, Clock clock) {
        this(links, assessments, null, lexicons, textAnalyzer, properties, clock);
    }

    /**
     * Scores a complaint. A ring it grew is queued, in this transaction, to have its members assessed again by
     * {@link #reassessNext()}: their re-assessment does not hold up this complaint's, however big the ring.
     *
     * @return the complaint's assessment if it changed (and so is in the outbox), else nothing
     */
    @Transactional
    public List<ComplaintAssessed> process(ComplaintReceived complaint) {
        LinkStore.Stored stored = stored(complaint);
        boolean firstTime = links.lockAndStore(stored);
        LinkContext context = links.context(stored);
        ProxyVerdicts verdicts = verdictsOf(complaint);
        if (firstTime && !context.laterComplaintsOfCustomer().isEmpty()) {
            // scored before this one though received after it: they missed it as their repeat
            links.queueReassessment(context.laterComplaintsOfCustomer(), complaint.complaintId(), clock.instant());
        }
        // the links are facts, whoever was cleared: the complaint joins the ring they make, and counts against the
        // ring's other members as before
        List<LinkStore.Edge> edges = edges(complaint, context);
        links.link(complaint.complaintId(), edges, clock.instant());
        // stored just now and linked to nothing, it is in no ring: no other transaction can have linked to it yet
        boolean inNoRing = firstTime && edges.isEmpty();
        LinkContext counted = verdicts.clearedRings().isEmpty() ? context
                : links.context(stored, verdicts.clearedRings());
        AssessmentStore.Saved own = assess(stored, counted, verdicts, inNoRing);
        return own.changed() ? List.of(own.assessed()) : List.of();
    }

    /**
     * Does the next piece of queued re-assessment work, in a transaction of its own: expands the oldest grown ring
     * into its members' queue, or else assesses the oldest queued complaint again with what the link store knows now
     * (filling the outbox if its assessment changed).
     *
     * @return whether there was work (so the caller may go on draining)
     */
    @Transactional
    public boolean reassessNext() {
        var ring = links.expandQueuedRing(properties.maxReassessments(), clock.instant());
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
        ProxyVerdicts verdicts = verdictsOf(stored.complaint());
        AssessmentStore.Saved saved = assess(stored, links.context(stored, verdicts.clearedRings()), verdicts, false);
        return saved.changed() ? Optional.of(saved.assessed()) : Optional.empty();
    }

    private ProxyVerdicts verdictsOf(ComplaintReceived complaint) {
        return verdicts == null ? ProxyVerdicts.none() : verdicts.of(complaint.customer().customerKey());
    }

    /** The complaint as the link store holds it: the same on first scoring and on every re-assessment. */
    private LinkStore.Stored stored(ComplaintReceived complaint) {
        return LinkStore.Stored.of(complaint, proxy.inAgencyWords(complaint));
    }

    private AssessmentStore.Saved assess(LinkStore.Stored stored, LinkContext context, ProxyVerdicts verdicts,
            boolean inNoRing) {
        ComplaintReceived complaint = stored.complaint();
        LinkContext.Ring ring = inNoRing ? null : links.ring(complaint.complaintId());
        LinkContext withRing = new LinkContext(context.repeatWindowDays(), context.earlierComplaintsOfCustomer(),
                context.sharedIdentifiers(), context.similarTexts(), context.watchlisted(), context.bursts(), ring);
        return assessments.save(complaint.complaintId(),
                escalation.assess(complaint, textAnalyzer.analyze(complaint.text().customerText()), withRing),
                verdicts.recorded(proxy.assess(complaint, verdicts.counted(withRing)), complaint.complaintId(), ring),
                clock.instant());
    }

    /**
     * The suspicious links of a complaint to other customers' complaints: what rings are made of. A law firm's letter
     * looking like other letters links to nothing, as it scores nothing (lawyers write from templates).
     */
    private List<LinkStore.Edge> edges(ComplaintReceived complaint, LinkContext context) {
        List<LinkStore.Edge> edges = new ArrayList<>();
        context.sharedIdentifiers().stream().filter(sharing::isSuspicious).forEach(shared -> shared.complaintIds()
                .forEach(id -> edges.add(new LinkStore.Edge(id, "SHARED_" + shared.identifier().kind(),
                        shared.identifier().kind() + " " + shared.identifier().display()))));
        List<LinkContext.SimilarText> similar = ProxyScorer.filedByALawFirm(complaint) ? List.of()
                : context.similarTexts();
        similar.forEach(text -> edges.add(new LinkStore.Edge(text.complaintId(), "NEAR_DUPLICATE_TEXT",
                "similarity %.2f".formatted(text.similarity()))));
        return edges;
    }
}
