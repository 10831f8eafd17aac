package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ProxyFlagReviewed;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.workflow.content.CaseContent;
import org.complaintsuite.workflow.content.CaseContentStore;
import org.complaintsuite.workflow.risk.AssessmentSignals;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.supervision.RegulatorExtensions;
import org.complaintsuite.workflow.sla.ClockState;
import org.complaintsuite.workflow.sla.SlaClock;

/**
 * A case as the REST API shows it, its clocks as they stand at the moment it was read.
 *
 * @param regulatorDueAt the regulator's reply deadline, for regulator transfers only
 * @param clocks         each clock's due time, state (running, paused, met, breached, stopped) and time left
 * @param escalation     the escalation risk with its signals and evidence, or null while the complaint awaits its
 *                       assessment
 * @param proxy          the proxy risk with its signals and evidence (as risk scoring assessed it), or null while the
 *                       complaint awaits its assessment
 * @param proxyReview    a supervisor's confirmation or dismissal of the proxy flag, the latest, or null
 * @param customer       the complainant: personal data (every read of it is recorded); null for a case opened before
 *                       the content was kept
 * @param complaint      what the complaint says; null for a case opened before the content was kept
 * @param ring           the proxy ring the complaint belongs to, or null
 * @param related        repeats, merged duplicates and other complaints of the same ring
 * @param regulatorExtension the regulator deadline's period in days and a request waiting for a decision (regulator
 *                       transfers only)
 * @param mergedInto     the case this one was merged into (status MERGED)
 * @param version        the version to send with a change (optimistic locking), also the response's ETag
 * @param assessmentFailure why risk scoring gave up on the complaint (its dead letter); null once an assessment
 *                       arrived, or when none failed
 * @param timeline       every change of the case, oldest first
 */
public record CaseView(
        String complaintId,
        Channel channel,
        ComplaintSource source,
        String externalReference,
        @Nullable String regulatorCaseNumber,
        @Nullable BusinessType businessType,
        CaseStatus status,
        SpecialistGroup group,
        String routingReason,
        @Nullable String assignee,
        @Nullable String repeatOf,
        String slaPolicy,
        Instant receivedAt,
        Instant firstContactDueAt,
        Instant resolutionDueAt,
        @Nullable Instant regulatorDueAt,
        List<Clock> clocks,
        @Nullable Instant firstContactedAt,
        @Nullable Pause pause,
        @Nullable Instant resolvedAt,
        @Nullable String resolutionOutcome,
        @Nullable ComplaintReason resolutionReason,
        @Nullable Satisfaction satisfaction,
        @Nullable Risk escalation,
        @Nullable Risk proxy,
        @Nullable Instant assessedAt,
        AssessmentFailures.@Nullable Failure assessmentFailure,
        @Nullable ProxyReview proxyReview,
        CaseContent.@Nullable Customer customer,
        @Nullable CaseContent complaint,
        @Nullable Ring ring,
        List<RelatedCases.Related> related,
        @Nullable RegulatorExtension regulatorExtension,
        @Nullable String mergedInto,
        long version,
        List<CaseTimeline.Entry> timeline) {

    public record Risk(int score, RiskLevel level, List<RiskSignal> signals) {
    }

    public record ProxyReview(ProxyFlagReviewed.Decision decision, String by, Instant at, String reason) {
    }

    /** @param cases how many complaints of the ring this service holds */
    public record Ring(String id, long cases) {
    }

    /** @param days the period in force (15, 30 or 60 days from receipt) */
    public record RegulatorExtension(int days, RegulatorExtensions.@Nullable Request pending) {
    }

    /** What the case shows beside its own state: content, signals, reviews, links. */
    record Details(@Nullable RiskAssessmentRecord assessment, AssessmentSignals.@Nullable Signals signals,
            @Nullable ProxyFlagReviewed review, CaseContentStore.@Nullable Stored content, @Nullable Ring ring,
            List<RelatedCases.Related> related, RegulatorExtensions.@Nullable State extension,
            AssessmentFailures.@Nullable Failure assessmentFailure) {
    }

    /**
     * @param timeLeft   until due, negative once overdue; null once the clock is met or stopped
     * @param provisional computed across a day of a year whose official schedule is not loaded
     */
    public record Clock(SlaClock clock, Instant dueAt, ClockState state, @Nullable Duration timeLeft,
            boolean provisional, @Nullable Instant metAt) {
    }

    /** The resolution clock's current pause. */
    public record Pause(Instant since, String reason, String by) {
    }

    static CaseView of(ComplaintCase c, Details details, List<CaseTimeline.Entry> timeline, Duration maxPause,
            Instant now) {
        RiskAssessmentRecord assessment = details.assessment();
        var signals = details.signals();
        ProxyFlagReviewed review = details.review();
        List<Clock> clocks = clocks(c, maxPause, now);
        CaseClocks stored = c.getClocks();
        ResolutionClock resolution = stored.getResolution();
        Instant resolutionDue = clocks.stream().filter(clock -> clock.clock() == SlaClock.RESOLUTION).findFirst()
                .map(Clock::dueAt).orElse(resolution.getDueAt());
        return new CaseView(c.getComplaintId(), c.getChannel(), c.getSource(), c.getExternalReference(),
                c.getRegulatorCaseNumber(), c.getBusinessType(), c.getStatus(), c.getGroup(), c.getRoutingReason(),
                c.getAssignee(), c.getRepeatOf(), stored.getSlaPolicy(), c.getReceivedAt(), stored.getFirstContactDueAt(),
                resolutionDue, stored.getRegulator().dueAt(), clocks, stored.getFirstContactedAt(),
                resolution.getPausedSince() == null ? null
                        : new Pause(resolution.getPausedSince(), resolution.getPauseReason(), resolution.getPausedBy()),
                stored.getResolvedAt(), c.getResolutionOutcome(), c.getResolutionReason(), c.getSatisfaction(),
                assessment == null ? null : new Risk(assessment.getEscalationScore(), assessment.getEscalationLevel(),
                        signals == null ? List.of() : signals.escalation()),
                assessment == null ? null : new Risk(assessment.getProxyScore(), assessment.getProxyLevel(),
                        signals == null ? List.of() : signals.proxy()),
                assessment == null ? null : assessment.getAssessedAt(), details.assessmentFailure(),
                review == null ? null : new ProxyReview(review.decision(), review.reviewer(), review.occurredAt(),
                        review.reason()),
                details.content() == null ? null : details.content().customer(),
                details.content() == null ? null : details.content().content(), details.ring(), details.related(),
                details.extension() == null ? null : new RegulatorExtension(details.extension().days(),
                        details.extension().pending()),
                c.getMergedInto(), c.getVersion(), timeline);
    }

    static List<Clock> clocks(ComplaintCase c, Duration maxPause, Instant now) {
        return c.clocks(maxPause, now).stream()
                .map(view -> new Clock(view.clock(), view.dueAt(), view.state(), view.timeLeft(), view.provisional(),
                        view.metAt()))
                .toList();
    }
}
