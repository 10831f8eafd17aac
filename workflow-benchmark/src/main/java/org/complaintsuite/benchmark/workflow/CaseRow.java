package org.complaintsuite.benchmark.workflow;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Channel;
import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.cases.RegulatorDeadline;
import org.complaintsuite.workflow.sla.PausableClock;

/**
 * A case's row in {@code complaint_case} as the service would have written it after {@link CaseHistory}: its
 * clocks are the service's ({@link PausableClock} for first contact and resolution, {@link RegulatorDeadline}), run
 * over the history's events, their due times placed by the service's policies on its calendar.
 *
 * @param firstContact   met at the first contact, if any
 * @param resolutionBase the resolution's due time before pauses, and whether a year it spans is not published
 * @param resolution     paused, resumed and met as the history says
 * @param regulator      a regulator transfer's deadline, {@link RegulatorDeadline#NONE} for other channels
 */
record CaseRow(CaseHistory history, PausableClock firstContact, WorkingCalendar.Due resolutionBase,
        PausableClock resolution, RegulatorDeadline regulator) {

    static final String COLUMNS = "complaint_id, channel, source, external_reference, customer_key, received_at, "
            + "first_contact_due_at, status, assigned_group, routing_reason, created_at, updated_at, version, "
            + "escalation_level, proxy_level, repeat_of, sla_policy, first_contacted_at, resolution_started_at, "
            + "resolution_base_due_at, resolution_due_at, resolution_due_provisional, resolution_paused_seconds, "
            + "resolution_paused_since, resolved_at, regulator_last_day, regulator_due_at, regulator_due_provisional, "
            + "closed_at, withdrawn_at, satisfaction, next_due_at";

    static CaseRow of(CaseHistory history, ServiceRules rules, Instant end) {
        PausableClock firstContact = PausableClock.started(history.received, history.firstContactDue, Duration.ZERO);
        if (history.contactedAt != null) {
            firstContact = firstContact.met(history.contactedAt);
        }
        WorkingCalendar.Due base = rules.policies().resolutionDue(history.policy, history.resolutionStarted(),
                rules.calendar());
        PausableClock resolution = resolution(history, base.at(), rules.policies().maxPause(), end);
        RegulatorDeadline regulator = history.channel != Channel.REGULATOR ? RegulatorDeadline.NONE
                : RegulatorDeadline.endingOn(rules.policies().regulatorLastDay(null, history.received),
                        rules.calendar());
        return new CaseRow(history, firstContact, base, resolution, regulator);
    }

    /**
     * The resolution clock through the history. A pause that ended is placed halfway between the clock's start and
     * the moment it stopped (resolution, withdrawal or the end of the history), less the pause; where it does not
     * fit, the clock's rule ends it there.
     */
    private static PausableClock resolution(CaseHistory history, Instant baseDue, Duration maxPause, Instant end) {
        Instant started = history.resolutionStarted();
        PausableClock clock = PausableClock.started(started, baseDue, maxPause);
        if (history.pausedSince != null) {
            clock = clock.pause(history.pausedSince);
        }
        else if (history.pausedSeconds > 0) {
            Instant until = history.resolvedAt != null ? history.resolvedAt
                    : history.withdrawnAt != null ? history.withdrawnAt : end;
            long room = Math.max(0, Duration.between(started, until).toSeconds() - history.pausedSeconds);
            Instant pausedAt = started.plusSeconds(room / 2);
            clock = clock.pause(pausedAt);
            Instant resumedAt = pausedAt.plusSeconds(history.pausedSeconds);
            if (!resumedAt.isAfter(until)) {
                clock = clock.resume(resumedAt);
            }
        }
        if (history.resolvedAt != null) {
            return clock.met(history.resolvedAt);
        }
        return history.withdrawnAt != null && clock.isPaused() ? clock.resume(history.withdrawnAt) : clock;
    }

    /** The earliest due time of a clock still running, as the service keeps it for its queue. */
    @Nullable Instant nextDue() {
        if (history.status.isFinal()) {
            return null;
        }
        Instant next = history.contactedAt == null ? history.firstContactDue : null;
        if (history.resolvedAt == null && !resolution.isPaused()) {
            next = earliest(next, resolution.dueAtIfRunning());
        }
        if (history.resolvedAt == null && regulator.applies()) {
            next = earliest(next, regulator.dueAt());
        }
        return next;
    }

    /** Appends the row as a line of PostgreSQL COPY text format, in the order of {@link #COLUMNS}. */
    void appendTo(StringBuilder out, long cases) {
        CaseHistory h = history;
        long i = h.index;
        fields(out, h.id(), h.channel, h.source, "REF-" + i, "tel-" + (i * 7919 % Math.max(1, cases * 9 / 10)),
                h.received, h.firstContactDue, h.status, h.group, "synthetic", h.received, updated(), "0",
                h.escalation, h.proxy, h.repeatOf, h.policy.name(), h.contactedAt, resolution.startedAt(),
                resolution.baseDue(), resolution.dueAtIfRunning(), resolutionBase.provisional(),
                resolution.pausedCompleted().toSeconds(), resolution.pausedSince(), h.resolvedAt,
                regulator.lastDay(), regulator.dueAt(), regulator.provisional(), h.closedAt, h.withdrawnAt,
                h.satisfaction, nextDue());
        out.setCharAt(out.length() - 1, '\n');
    }

    private Instant updated() {
        Instant latest = history.received;
        for (Instant candidate : new Instant[] {history.contactedAt, history.resolvedAt, history.withdrawnAt,
                history.closedAt, history.reopenedAt}) {
            if (candidate != null && candidate.isAfter(latest)) {
                latest = candidate;
            }
        }
        return latest;
    }

    private static @Nullable Instant earliest(@Nullable Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static void fields(StringBuilder out, @Nullable Object... values) {
        for (Object value : values) {
            out.append(value == null ? "\\N" : value.toString()).append('\t');
        }
    }
}
