package org.complaintsuite.workflow.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.sla.PausableClock;

/**
 * The reply deadline of a complaint the regulator transferred: its last calendar day (the regulator's, or the
 * policy's default, moved by an approved extension under Order No. 3) and the end of that day as the calendar places
 * it. A case of another channel has none ({@link #NONE}). Immutable: every change returns a new deadline.
 *
 * @param lastDay     the last day the reply may be given, or null when the case has no regulator deadline
 * @param dueAt       the end of {@code lastDay}, Beijing time
 * @param provisional whether the calendar of that year was not loaded when the due time was computed
 */
@Embeddable
public record RegulatorDeadline(
        @Column(name = "regulator_last_day") @Nullable LocalDate lastDay,
        @Column(name = "regulator_due_at") @Nullable Instant dueAt,
        @Column(name = "regulator_due_provisional") boolean provisional) {

    public static final RegulatorDeadline NONE = new RegulatorDeadline(null, null, false);

    /** The deadline ending on {@code lastDay}, placed by the calendar. */
    public static RegulatorDeadline endingOn(LocalDate lastDay, WorkingCalendar calendar) {
        WorkingCalendar.Due due = calendar.endOfDeadline(lastDay);
        return new RegulatorDeadline(lastDay, due.at(), due.provisional());
    }

    /** Whether the case has a regulator deadline at all. */
    public boolean applies() {
        return lastDay != null;
    }

    /** The same last day placed on {@code calendar} (a year loaded or replaced). */
    public RegulatorDeadline on(WorkingCalendar calendar) {
        return lastDay == null ? this : endingOn(lastDay, calendar);
    }

    /** Whether this deadline falls before {@code other}'s (any deadline is earlier than none). */
    public boolean isEarlierThan(RegulatorDeadline other) {
        return lastDay != null && (other.lastDay == null || lastDay.isBefore(other.lastDay));
    }

    /** The clock from receipt to this deadline, met by the resolution; null when the case has no deadline. */
    public @Nullable PausableClock clock(Instant receivedAt, @Nullable Instant resolvedAt) {
        if (dueAt == null) {
            return null;
        }
        PausableClock clock = PausableClock.started(receivedAt, dueAt, java.time.Duration.ZERO);
        return resolvedAt == null ? clock : clock.met(resolvedAt);
    }
}
