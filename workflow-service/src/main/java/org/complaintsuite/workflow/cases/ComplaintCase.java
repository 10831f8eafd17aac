package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.support.ConflictException;
import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.cases.AlertLedger.DueAlert;
import org.complaintsuite.workflow.routing.Router;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.sla.ClockState;
import org.complaintsuite.workflow.sla.PausableClock;
import org.complaintsuite.workflow.sla.SlaClock;
import org.complaintsuite.workflow.sla.SlaPolicies;
import org.complaintsuite.workflow.sla.SlaPolicy;

/**
 * A complaint as the firm works it: its status, its group and assignee, its three clocks and how it ended. Every
 * change is made here, checked against the lifecycle ({@link CaseStatus}), and leaves a {@link CaseChange} for the
 * timeline; an invalid move throws {@link ConflictException}.
 * <p>
 * Clocks: first contact is due a fixed time after receipt and is met by the first contact; resolution is due at the
 * end of a working day, paused while the firm waits on others, met by the resolution and restarted by a reopening;
 * a regulator transfer's deadline is met by the resolution. Only {@code @DynamicUpdate} columns that changed are
 * written, so the SLA alert scan (which updates the alert columns without touching the version) and an agent's
 * edit do not overwrite each other.
 */
@Entity
@Table(name = "complaint_case")
@DynamicUpdate
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ComplaintCase {

    @Id
    private String complaintId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ComplaintSource source;

    private String externalReference;

    private @Nullable String regulatorCaseNumber;

    private String customerKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private @Nullable BusinessType businessType;

    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "assigned_group", length = 32)
    private SpecialistGroup group;

    private String routingReason;

    private @Nullable String assignee;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable RiskLevel escalationLevel;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable RiskLevel proxyLevel;

    /** The open case of the same customer this complaint repeats. */
    private @Nullable String repeatOf;

    /** The case this one was merged into as its duplicate (status MERGED). */
    private @Nullable String mergedInto;

    /** The supervisor who chose the group; null while the router decides it. A chosen group is not re-routed. */
    private @Nullable String groupSetBy;

    private String slaPolicy;

    private Instant firstContactDueAt;

    private @Nullable Instant firstContactedAt;

    @Embedded
    private ResolutionClock resolution;

    private @Nullable Instant resolvedAt;

    private @Nullable String resolutionOutcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private @Nullable ComplaintReason resolutionReason;

    /** The regulator deadline's last day as given or counted, before it is moved past non-working days. */
    @Embedded
    private RegulatorDeadline regulator = RegulatorDeadline.NONE;

    private @Nullable Instant closedAt;

    /** When the open clocks stopped without a resolution: the customer withdrew, or the case was merged. */
    private @Nullable Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable Satisfaction satisfaction;

    private @Nullable Instant nextDueAt;

    private @Nullable Instant nextAlertAt;

    @Embedded
    private AlertLedger alerts = AlertLedger.NONE;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private final List<CaseChange> changes = new ArrayList<>();

    /** The rules a case's clocks are computed by, as they stand now. */
    public record Rules(SlaPolicies policies, WorkingCalendar calendar) {
    }

    /**
     * Opens the case of a newly received complaint; its clocks start at the complaint's receipt.
     *
     * @param repeatOf the same customer's open case, if any
     */
    public static ComplaintCase open(ComplaintReceived complaint, @Nullable RiskLevel escalation,
            @Nullable RiskLevel proxy, Router.Decision routing, @Nullable String repeatOf, Rules rules, Instant now) {
        var opened = new ComplaintCase();
        opened.complaintId = complaint.complaintId();
        opened.channel = complaint.channel();
        opened.source = complaint.source();
        opened.externalReference = complaint.externalReference();
        opened.regulatorCaseNumber = complaint.regulator() == null ? null : complaint.regulator().caseNumber();
        opened.customerKey = complaint.customer().customerKey();
        opened.businessType = complaint.text().businessType();
        opened.receivedAt = complaint.receivedAt();
        opened.escalationLevel = escalation;
        opened.proxyLevel = proxy;
        opened.repeatOf = repeatOf;
        opened.status = CaseStatus.RECEIVED;
        opened.group = routing.group();
        opened.routingReason = routing.reason();
        opened.createdAt = now;
        opened.updatedAt = now;

        SlaPolicy policy = rules.policies().choose(opened.channel, opened.source, escalation, proxy);
        opened.slaPolicy = policy.name();
        opened.firstContactDueAt = rules.policies().firstContactDue(policy, opened.receivedAt);
        opened.resolution = ResolutionClock.startedAt(opened.receivedAt,
                rules.policies().resolutionDue(policy, opened.receivedAt, rules.calendar()));
        if (complaint.channel() == Channel.REGULATOR) {
            opened.regulator = RegulatorDeadline.endingOn(rules.policies().regulatorLastDay(
                    complaint.regulator() == null ? null : complaint.regulator().deadline(), opened.receivedAt),
                    rules.calendar());
        }
        Map<String, Object> detail = CaseChange.detail("group", routing.group(), "routingReason", routing.reason(),
                "slaPolicy", policy.name(), "firstContactDueAt", opened.firstContactDueAt, "resolutionDueAt",
                opened.resolution.getDueAt(), "regulatorDueAt", opened.regulator.dueAt(), "repeatOf", repeatOf);
        opened.record(now, "intake", CaseChange.Type.OPENED,
                "Case opened from %s (%s), routed to %s: %s; policy %s".formatted(opened.channel, opened.source,
                        routing.group(), routing.reason(), policy.name()) + (repeatOf == null ? ""
                                : "; repeats the open case " + repeatOf),
                detail);
        opened.reschedule(rules, now);
        return opened;
    }

    // ------------------------------------------------------------------ events from the other services

    /** The same customer complained again while this case is open. */
    public void repeatReceived(String repeatComplaintId, Instant now) {
        record(now, "intake", CaseChange.Type.REPEAT_RECEIVED,
                "The customer complained again: " + repeatComplaintId, Map.of("repeat", repeatComplaintId));
    }

    /**
     * Takes a (new) risk assessment: re-routes an open case when the risk changed where it goes, and applies a
     * stricter policy the new risk calls for. A closed or withdrawn case keeps its group.
     */
    public void assessed(RiskLevel escalation, RiskLevel proxy, Router.Decision routing, Rules rules, Instant now) {
        assessed(escalation, proxy, routing, rules, now, "risk-scoring");
    }

    /**
     * As {@link #assessed(RiskLevel, RiskLevel, Router.Decision, Rules, Instant)}, on behalf of {@code actor}: a
     * supervisor's review of the proxy flag changes the proxy level the case is worked on.
     */
    public void assessed(RiskLevel escalation, RiskLevel proxy, Router.Decision routing, Rules rules, Instant now,
            String actor) {
        boolean riskChanged = escalation != escalationLevel || proxy != proxyLevel;
        RiskLevel previousEscalation = escalationLevel;
        RiskLevel previousProxy = proxyLevel;
        escalationLevel = escalation;
        proxyLevel = proxy;
        if (riskChanged) {
            record(now, actor, CaseChange.Type.ASSESSED,
                    "Risk assessed: escalation %s, proxy %s".formatted(escalation, proxy),
                    CaseChange.detail("escalation", escalation, "proxy", proxy, "previousEscalation", previousEscalation,
                            "previousProxy", previousProxy));
        }
        if (status.isFinal()) {
            return;
        }
        // a group a supervisor chose stands: the new risk is recorded, the case stays where they put it
        if (groupSetBy == null && routing.group() != group) {
            SpecialistGroup previous = group;
            group = routing.group();
            routingReason = routing.reason();
            record(now, actor, CaseChange.Type.ROUTED,
                    "Re-routed from %s to %s: %s".formatted(previous, group, routing.reason()),
                    CaseChange.detail("from", previous, "to", group, "reason", routing.reason()));
        }
        else if (groupSetBy == null) {
            routingReason = routing.reason();
        }
        SlaPolicy policy = rules.policies().choose(channel, source, escalation, proxy);
        if (!policy.name().equals(slaPolicy)) {
            applyPolicy(policy, rules, now, actor);
        }
        reschedule(rules, now);
    }

    /**
     * The policy recorded on the case, or, when the configuration no longer has it, the one the case would get now.
     */
    private SlaPolicy policyInForce(Rules rules) {
        return Objects.requireNonNullElseGet(rules.policies().named(slaPolicy),
                () -> rules.policies().choose(channel, source, escalationLevel, proxyLevel));
    }

    private void applyPolicy(SlaPolicy policy, Rules rules, Instant now, String actor) {
        String previous = slaPolicy;
        slaPolicy = policy.name();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", previous);
        detail.put("to", policy.name());
        if (firstContactedAt == null) {
            firstContactDueAt = rules.policies().firstContactDue(policy, receivedAt);
            detail.put("firstContactDueAt", firstContactDueAt.toString());
        }
        if (resolvedAt == null) {
            resolution.rebase(rules.policies().resolutionDue(policy, resolution.getStartedAt(), rules.calendar()));
            detail.put("resolutionDueAt", resolution.getDueAt().toString());
        }
        record(now, actor, CaseChange.Type.POLICY_APPLIED, "SLA policy %s applied (was %s)".formatted(policy.name(),
                previous), detail);
    }

    /**
     * Computes the due dates again on a new calendar (a year loaded or replaced). Clocks already met keep the due
     * time they were measured against.
     *
     * @return whether a due date changed
     */
    public boolean recomputeDueDates(Rules rules, Instant now) {
        if (status.isFinal()) {
            return false;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        SlaPolicy policy = policyInForce(rules);
        if (resolvedAt == null) {
            WorkingCalendar.Due due = rules.policies().resolutionDue(policy, resolution.getStartedAt(),
                    rules.calendar());
            if (resolution.movesTo(due)) {
                Instant before = resolution.getDueAt();
                boolean wasProvisional = resolution.isProvisional();
                resolution.rebase(due);
                detail.put("resolutionDueAt", CaseChange.fromTo(before, resolution.getDueAt()));
                detail.put("resolutionDueProvisional", CaseChange.fromTo(wasProvisional, due.provisional()));
            }
            RegulatorDeadline recomputed = regulator.on(rules.calendar());
            if (!recomputed.equals(regulator)) {
                detail.put("regulatorDueAt", CaseChange.fromTo(regulator.dueAt(), recomputed.dueAt()));
                detail.put("regulatorDueProvisional", CaseChange.fromTo(regulator.provisional(), recomputed.provisional()));
                regulator = recomputed;
            }
        }
        if (detail.isEmpty()) {
            return false;
        }
        record(now, "calendar", CaseChange.Type.DUE_DATES_RECOMPUTED,
                "Due dates recomputed on the calendar loaded: " + detail, detail);
        reschedule(rules, now);
        return true;
    }

    // ------------------------------------------------------------------ the agents' commands

    public void assign(String newAssignee, String by, Instant now) {
        requireMove(CaseStatus.ASSIGNED, "assign");
        String previous = assignee;
        assignee = newAssignee;
        status = CaseStatus.ASSIGNED;
        record(now, by, CaseChange.Type.ASSIGNED, previous == null ? "Assigned to " + newAssignee
                : "Re-assigned from %s to %s".formatted(previous, newAssignee),
                CaseChange.detail("assignee", newAssignee, "previousAssignee", previous));
    }

    /**
     * Records a contact with the customer. The first one meets the first-contact clock; a case is contacted even when
     * the outcome was no answer, since the clock asks for the firm's attempt and its record.
     */
    public void contacted(Instant at, ContactMethod method, String outcome, String by, Rules rules, Instant now) {
        if (at.isAfter(now)) {
            throw new ConflictException("A contact cannot be recorded in the future (" + at + ").");
        }
        if (at.isBefore(receivedAt)) {
            throw new ConflictException("A contact cannot precede the complaint's receipt (" + receivedAt + ").");
        }
        if (status != CaseStatus.CONTACTED && status != CaseStatus.REOPENED) {
            requireMove(CaseStatus.CONTACTED, "record a contact on");
        }
        boolean first = firstContactedAt == null;
        if (first) {
            firstContactedAt = at;
        }
        if (status != CaseStatus.REOPENED) {
            status = CaseStatus.CONTACTED;
        }
        record(now, by, CaseChange.Type.CONTACTED, "%s contact by %s at %s: %s".formatted(first ? "First" : "Further",
                method, at, outcome), CaseChange.detail("at", at, "method", method, "outcome", outcome, "first", first));
        // the first contact meets its clock: the queue's urgency moves on to the resolution clock
        reschedule(rules, now);
    }

    public void note(String text, String by, Instant now) {
        record(now, by, CaseChange.Type.NOTE, text, Map.of());
    }

    public void pause(String reason, String by, Rules rules, Instant now) {
        if (status.isFinal() || status == CaseStatus.RESOLVED) {
            throw new ConflictException("A " + status + " case has no running resolution clock to pause.");
        }
        resolution.pause(reason, by, rules.policies().maxPause(), now);
        record(now, by, CaseChange.Type.PAUSED, "Resolution clock paused: " + reason, CaseChange.detail("reason", reason));
        reschedule(rules, now);
    }

    public void resume(String by, Rules rules, Instant now) {
        String reason = resolution.getPauseReason();
        Duration thisPause = resolution.resume(rules.policies().maxPause(), now);
        record(now, by, CaseChange.Type.RESUMED, "Resolution clock resumed after %s (%s); due %s".formatted(
                thisPause, reason, resolution.getDueAt()), CaseChange.detail("pausedFor", thisPause, "resolutionDueAt",
                        resolution.getDueAt()));
        reschedule(rules, now);
    }

    public void resolve(String outcome, ComplaintReason reason, String by, Rules rules, Instant now) {
        requireMove(CaseStatus.RESOLVED, "resolve");
        if (firstContactedAt == null) {
            throw new ConflictException("The customer has not been contacted: record the contact before resolving.");
        }
        resolution.met(rules.policies().maxPause(), now);
        resolvedAt = now;
        resolutionOutcome = outcome;
        resolutionReason = reason;
        status = CaseStatus.RESOLVED;
        record(now, by, CaseChange.Type.RESOLVED, "Resolved (%s %s): %s".formatted(reason, reason.label(), outcome),
                CaseChange.detail("reason", reason, "outcome", outcome, "resolutionDueAt", resolution.getDueAt()));
        reschedule(rules, now);
    }

    public void close(String by, Rules rules, Instant now) {
        requireMove(CaseStatus.CLOSED, "close");
        status = CaseStatus.CLOSED;
        closedAt = now;
        record(now, by, CaseChange.Type.CLOSED, "Closed", Map.of());
        reschedule(rules, now);
    }

    public void withdraw(String reason, String by, Rules rules, Instant now) {
        requireMove(CaseStatus.WITHDRAWN, "withdraw");
        status = CaseStatus.WITHDRAWN;
        withdrawnAt = now;
        resolution.stop(rules.policies().maxPause(), now);
        record(now, by, CaseChange.Type.WITHDRAWN, "Withdrawn by the customer: " + reason, CaseChange.detail("reason", reason));
        reschedule(rules, now);
    }

    /**
     * The customer is not satisfied with the resolution: work starts again with a new resolution clock from now
     * (the first-contact clock stays met).
     */
    public void reopen(String reason, String by, Rules rules, Instant now) {
        requireMove(CaseStatus.REOPENED, "reopen");
        status = CaseStatus.REOPENED;
        Instant previousResolution = resolvedAt;
        resolvedAt = null;
        resolutionOutcome = null;
        resolutionReason = null;
        closedAt = null;
        resolution.restart(now, rules.policies().resolutionDue(policyInForce(rules), now, rules.calendar()));
        alerts = alerts.forget(SlaClock.RESOLUTION);
        record(now, by, CaseChange.Type.REOPENED, "Reopened: %s; resolution due %s".formatted(reason,
                resolution.getDueAt()), CaseChange.detail("reason", reason, "previousResolution", previousResolution,
                        "resolutionDueAt", resolution.getDueAt()));
        reschedule(rules, now);
    }

    /** Satisfied on a resolved case closes it; dissatisfied is recorded, and the agent decides whether to reopen. */
    public void satisfaction(Satisfaction answer, String by, Rules rules, Instant now) {
        if (status != CaseStatus.RESOLVED && status != CaseStatus.CLOSED) {
            throw new ConflictException("Satisfaction is asked after the resolution; the case is " + status + ".");
        }
        satisfaction = answer;
        record(now, by, CaseChange.Type.SATISFACTION_RECORDED, "Customer " + answer.name().toLowerCase(),
                CaseChange.detail("satisfaction", answer));
        if (answer == Satisfaction.SATISFIED && status == CaseStatus.RESOLVED) {
            close(by, rules, now);
        }
    }

    // ------------------------------------------------------------------ the supervisors' commands

    /** Moves the case to another group; from then on the router no longer moves it. */
    public void transfer(SpecialistGroup to, String reason, String by, Instant now) {
        if (status.isFinal()) {
            throw new ConflictException("A " + status + " case is not transferred.");
        }
        if (to == group) {
            throw new ConflictException("The case is already in " + to + ".");
        }
        SpecialistGroup previous = group;
        group = to;
        groupSetBy = by;
        routingReason = "transferred by " + by + ": " + reason;
        record(now, by, CaseChange.Type.TRANSFERRED, "Transferred from %s to %s: %s".formatted(previous, to, reason),
                CaseChange.detail("from", previous, "to", to, "reason", reason));
        updatedAt = now;
    }

    /** Closes the case as a duplicate of {@code survivor}, which takes on its clocks where they fall earlier. */
    public void mergeInto(ComplaintCase survivor, String reason, String by, Rules rules, Instant now) {
        if (survivor.complaintId.equals(complaintId) || survivor.status.isFinal()) {
            throw new ConflictException("A case is merged into another open case (" + survivor.complaintId + " is "
                    + survivor.status + ").");
        }
        if (!survivor.customerKey.equals(customerKey)) {
            throw new ConflictException("Only a repeat of the same customer is merged; " + survivor.complaintId
                    + " is another customer's case.");
        }
        requireMove(CaseStatus.MERGED, "merge");
        status = CaseStatus.MERGED;
        mergedInto = survivor.complaintId;
        withdrawnAt = now;
        resolution.stop(rules.policies().maxPause(), now);
        record(now, by, CaseChange.Type.MERGED, "Merged into %s as its duplicate: %s".formatted(survivor.complaintId,
                reason), CaseChange.detail("into", survivor.complaintId, "reason", reason));
        reschedule(rules, now);
        survivor.absorbClocksOf(this, by, rules, now);
    }

    /** The earliest clocks rule: each clock of a merged duplicate that falls earlier than this case's applies. */
    private void absorbClocksOf(ComplaintCase duplicate, String by, Rules rules, Instant now) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if (firstContactedAt == null && duplicate.firstContactDueAt.isBefore(firstContactDueAt)) {
            detail.put("firstContactDueAt", CaseChange.fromTo(firstContactDueAt, duplicate.firstContactDueAt));
            firstContactDueAt = duplicate.firstContactDueAt;
        }
        Instant duplicateStart = duplicate.resolution.getStartedAt();
        if (resolvedAt == null && duplicateStart.isBefore(resolution.getStartedAt())) {
            Instant before = resolution.getDueAt();
            resolution.startFrom(duplicateStart, rules.policies().resolutionDue(policyInForce(rules), duplicateStart,
                    rules.calendar()));
            detail.put("resolutionDueAt", CaseChange.fromTo(before, resolution.getDueAt()));
        }
        if (resolvedAt == null && duplicate.regulator.isEarlierThan(regulator)) {
            detail.put("regulatorDueAt", CaseChange.fromTo(regulator.dueAt(), duplicate.regulator.dueAt()));
            regulator = duplicate.regulator;
            if (regulatorCaseNumber == null) {
                regulatorCaseNumber = duplicate.regulatorCaseNumber;
            }
        }
        String description = "Case %s merged into this one%s".formatted(duplicate.complaintId,
                detail.isEmpty() ? "" : "; its earlier clocks apply: " + detail);
        detail.put("from", duplicate.complaintId);
        record(now, by, CaseChange.Type.MERGE_RECEIVED, description, detail);
        reschedule(rules, now);
    }

    /** The regulator's deadline moved to {@code lastDay} by an approved extension (Order No. 3). */
    public void extendRegulatorDeadline(LocalDate lastDay, int days, String requestedBy, String approvedBy,
            Rules rules, Instant now) {
        if (!regulator.applies() || resolvedAt != null || status.isFinal()) {
            throw new ConflictException("The case has no running regulator deadline to extend.");
        }
        Instant before = regulator.dueAt();
        regulator = RegulatorDeadline.endingOn(lastDay, rules.calendar());
        record(now, approvedBy, CaseChange.Type.REGULATOR_DEADLINE_EXTENDED,
                "Regulator deadline extended to %d days (requested by %s, approved by %s): due %s".formatted(days,
                        requestedBy, approvedBy, regulator.dueAt()),
                CaseChange.detail("days", days, "requestedBy", requestedBy, "approvedBy", approvedBy, "from", before, "to",
                        regulator.dueAt()));
        reschedule(rules, now);
    }

    /** A supervisor's decision that changes none of the case's own state, for the timeline (a proxy review …). */
    public void recordDecision(CaseChange.Type type, String description, Map<String, Object> detail, String by,
            Instant now) {
        record(now, by, type, description, detail);
        updatedAt = now;
    }

    /** The optimistic lock the API exposes: an edit made on another version than the current one is refused. */
    public void expectVersion(long expected) {
        if (expected != version) {
            throw new StaleVersionException(version, expected, "The case was changed meanwhile (version %d, the request was made on %d): read it again and retry."
                    .formatted(version, expected));
        }
    }

    // ------------------------------------------------------------------ clocks

    /** One clock as it stands at {@code now}. */
    public record ClockView(SlaClock clock, Instant dueAt, ClockState state, @Nullable Duration timeLeft,
            boolean provisional, @Nullable Instant metAt) {
    }

    public List<ClockView> clocks(Duration maxPause, Instant now) {
        List<ClockView> views = new ArrayList<>();
        views.add(view(SlaClock.FIRST_CONTACT, firstContactClock(), false, now));
        views.add(view(SlaClock.RESOLUTION, resolution.clock(maxPause, resolvedAt),
                resolution.isProvisional(), now));
        PausableClock regulatorClock = regulator.clock(receivedAt, resolvedAt);
        if (regulatorClock != null) {
            views.add(view(SlaClock.REGULATOR, regulatorClock, regulator.provisional(), now));
        }
        return views;
    }

    private ClockView view(SlaClock kind, PausableClock clock, boolean provisional, Instant now) {
        ClockState state = clock.metAt() == null && status.stopsClocks() ? ClockState.STOPPED
                : clock.state(withdrawnAt != null ? withdrawnAt : now);
        boolean open = state == ClockState.RUNNING || state == ClockState.PAUSED
                || (state == ClockState.BREACHED && clock.metAt() == null);
        Duration left = open ? clock.timeLeft(now) : null;
        return new ClockView(kind, clock.dueAt(now), state, left, provisional, clock.metAt());
    }

    private PausableClock firstContactClock() {
        PausableClock clock = PausableClock.started(receivedAt, firstContactDueAt, Duration.ZERO);
        return firstContactedAt == null ? clock : clock.met(firstContactedAt);
    }

    // ------------------------------------------------------------------ SLA alerts

    /**
     * The warnings and breaches whose time has come and that were not raised yet, marked raised (see
     * {@link AlertLedger}): each threshold of each clock is raised once in the case's life.
     */
    public List<DueAlert> takeDueAlerts(Rules rules, Instant now) {
        List<DueAlert> due = pendingAlerts(rules).stream().filter(alert -> !alert.passedAt().isAfter(now)).toList();
        alerts = alerts.with(due, rules.policies().warnings());
        reschedule(rules, now);
        return due;
    }

    private List<DueAlert> pendingAlerts(Rules rules) {
        Map<SlaClock, PausableClock> running = new EnumMap<>(SlaClock.class);
        running.put(SlaClock.FIRST_CONTACT, firstContactClock());
        running.put(SlaClock.RESOLUTION, resolution.clock(rules.policies().maxPause(), resolvedAt));
        PausableClock regulatorClock = regulator.clock(receivedAt, resolvedAt);
        if (regulatorClock != null) {
            running.put(SlaClock.REGULATOR, regulatorClock);
        }
        return alerts.pending(running, withdrawnAt, rules.policies().warnings());
    }

    /** Keeps the queue's urgency order and the alert scan's next time in step with the clocks. */
    private void reschedule(Rules rules, Instant now) {
        nextAlertAt = pendingAlerts(rules).stream().map(DueAlert::passedAt).min(Instant::compareTo).orElse(null);
        Instant next = null;
        if (!status.isFinal()) {
            if (firstContactedAt == null) {
                next = firstContactDueAt;
            }
            if (resolvedAt == null && !resolution.isPaused()) {
                next = earliest(next, resolution.getDueAt());
            }
            if (resolvedAt == null && regulator.applies()) {
                next = earliest(next, regulator.dueAt());
            }
        }
        nextDueAt = next;
        updatedAt = now;
    }

    private static @Nullable Instant earliest(@Nullable Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    // ------------------------------------------------------------------ timeline

    /** The changes made since the case was loaded, for the timeline; taking them clears them. */
    public List<CaseChange> takeChanges() {
        List<CaseChange> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    private void requireMove(CaseStatus target, String action) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("Cannot %s a %s case (allowed from %s: %s).".formatted(action, status, status,
                    status.next()));
        }
    }

    private void record(Instant at, String actor, CaseChange.Type type, String description,
            Map<String, Object> detail) {
        changes.add(new CaseChange(at, actor, type, description, detail));
    }
}
