package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.risk.RiskAssessmentRecord;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.sla.ClockState;
import org.complaintsuite.workflow.sla.SlaClock;

/**
 * A case as the REST API shows it, its clocks as they stand at the moment it was read.
 *
 * @param regulatorDueAt the regulator's reply deadline, for regulator transfers only
 * @param clocks         each clock's due time, state (running, paused, met, breached, stopped) and time left
 * @param escalation     the escalation risk, or null while the complaint awaits its assessment
 * @param proxy          the proxy risk, or null while the complaint awaits its assessment
 * @param version        the version to send with a change (optimistic locking), also the response's ETag
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
        long version,
        List<CaseTimeline.Entry> timeline) {

    public record Risk(int score, RiskLevel level) {
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

    static CaseView of(ComplaintCase c, @Nullable RiskAssessmentRecord assessment, List<CaseTimeline.Entry> timeline,
            Duration maxPause, Instant now) {
        List<Clock> clocks = clocks(c, maxPause, now);
        Instant resolutionDue = clocks.stream().filter(clock -> clock.clock() == SlaClock.RESOLUTION).findFirst()
                .map(Clock::dueAt).orElse(c.getResolutionDueAt());
        return new CaseView(c.getComplaintId(), c.getChannel(), c.getSource(), c.getExternalReference(),
                c.getRegulatorCaseNumber(), c.getBusinessType(), c.getStatus(), c.getGroup(), c.getRoutingReason(),
                c.getAssignee(), c.getRepeatOf(), c.getSlaPolicy(), c.getReceivedAt(), c.getFirstContactDueAt(),
                resolutionDue, c.getRegulatorDueAt(), clocks, c.getFirstContactedAt(),
                c.getResolutionPausedSince() == null ? null
                        : new Pause(c.getResolutionPausedSince(), c.getPauseReason(), c.getPausedBy()),
                c.getResolvedAt(), c.getResolutionOutcome(), c.getResolutionReason(), c.getSatisfaction(),
                assessment == null ? null : new Risk(assessment.getEscalationScore(), assessment.getEscalationLevel()),
                assessment == null ? null : new Risk(assessment.getProxyScore(), assessment.getProxyLevel()),
                assessment == null ? null : assessment.getAssessedAt(), c.getVersion(), timeline);
    }

    static List<Clock> clocks(ComplaintCase c, Duration maxPause, Instant now) {
        return c.clocks(maxPause, now).stream()
                .map(view -> new Clock(view.clock(), view.dueAt(), view.state(), view.timeLeft(), view.provisional(),
                        view.metAt()))
                .toList();
    }
}
