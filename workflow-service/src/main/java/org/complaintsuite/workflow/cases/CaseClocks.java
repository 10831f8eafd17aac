package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.cases.AlertLedger.DueAlert;
import org.complaintsuite.workflow.sla.ClockState;
import org.complaintsuite.workflow.sla.PausableClock;
import org.complaintsuite.workflow.sla.SlaClock;
import org.complaintsuite.workflow.sla.SlaPolicy;

/**
 * A case's three clocks (domain brief §4) as stored, and what is derived from them: the policy they were computed by,
 * the warnings and breaches raised ({@link AlertLedger}) and the case's urgency ({@link Urgency}). First contact is
 * due a fixed time after receipt and is met by the first contact; resolution is due at the end of a working day,
 * paused while the firm waits on others ({@link ResolutionClock}), met by the resolution and restarted by a
 * reopening; a regulator transfer's deadline ({@link RegulatorDeadline}) is met by the resolution. The case decides
 * when each changes; this part keeps them consistent.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseClocks {

    private String slaPolicy;

    private Instant firstContactDueAt;

    private @Nullable Instant firstContactedAt;

    @Embedded
    private ResolutionClock resolution;

    private @Nullable Instant resolvedAt;

    /** The regulator deadline's last day as given or counted, before it is moved past non-working days. */
    @Embedded
    private RegulatorDeadline regulator = RegulatorDeadline.NONE;

    /** When the open clocks stopped without a resolution: the customer withdrew, or the case was merged. */
    private @Nullable Instant withdrawnAt;

    private @Nullable Instant nextDueAt;

    private @Nullable Instant nextAlertAt;

    @Embedded
    private AlertLedger alerts = AlertLedger.NONE;

    /** The clocks of a case received at {@code receivedAt} under {@code policy}; a regulator's last day if any. */
    static CaseClocks started(Instant receivedAt, SlaPolicy policy, @Nullable LocalDate regulatorLastDay,
            CaseRules rules) {
        var clocks = new CaseClocks();
        clocks.slaPolicy = policy.name();
        clocks.firstContactDueAt = rules.policies().firstContactDue(policy, receivedAt);
        clocks.resolution = ResolutionClock.startedAt(receivedAt,
                rules.policies().resolutionDue(policy, receivedAt, rules.calendar()));
        if (regulatorLastDay != null) {
            clocks.regulator = RegulatorDeadline.endingOn(regulatorLastDay, rules.calendar());
        }
        return clocks;
    }

    // ------------------------------------------------------------------ policy switching

    /** Computes the clocks not met yet on {@code policy}; returns what moved, for the timeline. */
    Map<String, Object> applyPolicy(SlaPolicy policy, Instant receivedAt, CaseRules rules) {
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
        return detail;
    }

    /**
     * Places the clocks not met yet on the calendar again (a year loaded or replaced); clocks already met keep the due
     * time they were measured against. Returns what moved, for the timeline (empty: nothing did).
     */
    Map<String, Object> recompute(SlaPolicy policy, CaseRules rules) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if (resolvedAt != null) {
            return detail;
        }
        WorkingCalendar.Due due = rules.policies().resolutionDue(policy, resolution.getStartedAt(), rules.calendar());
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
        return detail;
    }

    // ------------------------------------------------------------------ the clocks met, stopped and started again

    /** A contact at {@code at}: the first one meets the first-contact clock. Returns whether it was the first. */
    boolean contacted(Instant at) {
        if (firstContactedAt != null) {
            return false;
        }
        firstContactedAt = at;
        return true;
    }

    /** The resolution meets the resolution clock and the regulator deadline. */
    void resolved(Duration maxPause, Instant now) {
        resolution.met(maxPause, now);
        resolvedAt = now;
    }

    /** The case ended without a resolution (withdrawn, merged): the open clocks stop. */
    void stopped(Duration maxPause, Instant now) {
        withdrawnAt = now;
        resolution.stop(maxPause, now);
    }

    /** A reopening: a new resolution clock from {@code now}, its alerts not raised yet. Returns the last resolution. */
    @Nullable Instant reopened(SlaPolicy policy, CaseRules rules, Instant now) {
        Instant previous = resolvedAt;
        resolvedAt = null;
        resolution.restart(now, rules.policies().resolutionDue(policy, now, rules.calendar()));
        alerts = alerts.forget(SlaClock.RESOLUTION);
        return previous;
    }

    /** The regulator's deadline moved to {@code lastDay} (an approved extension). Returns the due time before. */
    @Nullable Instant regulatorExtendedTo(LocalDate lastDay, WorkingCalendar calendar) {
        Instant before = regulator.dueAt();
        regulator = RegulatorDeadline.endingOn(lastDay, calendar);
        return before;
    }

    /**
     * The earliest clocks rule of a merge: each clock of the merged {@code duplicate} that falls earlier than this
     * case's applies. Returns what moved, for the timeline.
     */
    Map<String, Object> takeEarlierOf(CaseClocks duplicate, SlaPolicy policy, CaseRules rules) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if (firstContactedAt == null && duplicate.firstContactDueAt.isBefore(firstContactDueAt)) {
            detail.put("firstContactDueAt", CaseChange.fromTo(firstContactDueAt, duplicate.firstContactDueAt));
            firstContactDueAt = duplicate.firstContactDueAt;
        }
        Instant duplicateStart = duplicate.resolution.getStartedAt();
        if (resolvedAt == null && duplicateStart.isBefore(resolution.getStartedAt())) {
            Instant before = resolution.getDueAt();
            resolution.startFrom(duplicateStart, rules.policies().resolutionDue(policy, duplicateStart,
                    rules.calendar()));
            detail.put("resolutionDueAt", CaseChange.fromTo(before, resolution.getDueAt()));
        }
        if (resolvedAt == null && duplicate.regulator.isEarlierThan(regulator)) {
            detail.put("regulatorDueAt", CaseChange.fromTo(regulator.dueAt(), duplicate.regulator.dueAt()));
            regulator = duplicate.regulator;
        }
        return detail;
    }

    // ------------------------------------------------------------------ the clocks as they stand

    /** Each clock the case runs, as the pausing rule sees it. */
    Map<SlaClock, PausableClock> running(Instant receivedAt, Duration maxPause) {
        Map<SlaClock, PausableClock> running = new EnumMap<>(SlaClock.class);
        PausableClock firstContact = PausableClock.started(receivedAt, firstContactDueAt, Duration.ZERO);
        running.put(SlaClock.FIRST_CONTACT, firstContactedAt == null ? firstContact
                : firstContact.met(firstContactedAt));
        running.put(SlaClock.RESOLUTION, resolution.clock(maxPause, resolvedAt));
        PausableClock regulatorClock = regulator.clock(receivedAt, resolvedAt);
        if (regulatorClock != null) {
            running.put(SlaClock.REGULATOR, regulatorClock);
        }
        return running;
    }

    List<ClockView> views(Instant receivedAt, CaseStatus status, Duration maxPause, Instant now) {
        List<ClockView> views = new ArrayList<>();
        running(receivedAt, maxPause).forEach((kind, clock) -> {
            boolean provisional = switch (kind) {
                case FIRST_CONTACT -> false;
                case RESOLUTION -> resolution.isProvisional();
                case REGULATOR -> regulator.provisional();
            };
            ClockState state = clock.metAt() == null && status.stopsClocks() ? ClockState.STOPPED
                    : clock.state(withdrawnAt != null ? withdrawnAt : now);
            boolean open = state == ClockState.RUNNING || state == ClockState.PAUSED
                    || (state == ClockState.BREACHED && clock.metAt() == null);
            views.add(new ClockView(kind, clock.dueAt(now), state, open ? clock.timeLeft(now) : null, provisional,
                    clock.metAt()));
        });
        return views;
    }

    // ------------------------------------------------------------------ SLA alerts and urgency

    /** The warnings and breaches whose time has come and that were not raised yet, marked raised. */
    List<DueAlert> takeDueAlerts(Instant receivedAt, CaseStatus status, CaseRules rules, Instant now) {
        List<DueAlert> due = pendingAlerts(receivedAt, rules).stream()
                .filter(alert -> !alert.passedAt().isAfter(now)).toList();
        alerts = alerts.with(due);
        reschedule(receivedAt, status, rules);
        return due;
    }

    private List<DueAlert> pendingAlerts(Instant receivedAt, CaseRules rules) {
        return alerts.pending(running(receivedAt, rules.policies().maxPause()), withdrawnAt,
                rules.policies().warnings());
    }

    /** Keeps the queue's urgency order and the alert scan's next time in step with the clocks. */
    void reschedule(Instant receivedAt, CaseStatus status, CaseRules rules) {
        nextAlertAt = pendingAlerts(receivedAt, rules).stream().map(DueAlert::passedAt).min(Instant::compareTo)
                .orElse(null);
        nextDueAt = Urgency.nextDueAt(status, this);
    }
}
