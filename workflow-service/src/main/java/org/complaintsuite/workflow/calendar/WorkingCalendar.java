package org.complaintsuite.workflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days on the official calendar: Monday to Friday, except statutory holidays, plus the weekend days the
 * State Council declares working days (调休). Immutable: loading a year makes a new calendar.
 * <p>
 * A day in a year whose schedule is not published cannot be known: it is treated as an ordinary week day or
 * weekend, and every due date computed across it is marked provisional.
 */
public final class WorkingCalendar {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Map<LocalDate, Boolean> offDays = new HashMap<>();
    private final Set<Integer> publishedYears = new TreeSet<>();

    public WorkingCalendar(Collection<YearSchedule> schedules) {
        for (YearSchedule schedule : schedules) {
            if (schedule.published()) {
                publishedYears.add(schedule.year());
                offDays.putAll(schedule.offDays());
            }
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean off = offDays.get(date);
        if (off != null) {
            return !off;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the official schedule of that year is loaded. */
    public boolean knows(int year) {
        return publishedYears.contains(year);
    }

    public Set<Integer> publishedYears() {
        return java.util.Collections.unmodifiableSet(publishedYears);
    }

    /** A due time, and whether it depends on a year whose schedule is not loaded. */
    public record Due(Instant at, boolean provisional) {
    }

    /**
     * The end (24:00 Beijing time) of the {@code n}th working day after the day of {@code received}. The day of
     * receipt does not count (Civil Code Art. 201: a period counted in days starts the next day), whatever its time.
     */
    public Due endOfNthWorkingDayAfter(Instant received, int n) {
        LocalDate day = received.atZone(BEIJING).toLocalDate();
        boolean provisional = false;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            provisional |= !knows(day.getYear());
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Due(endOf(day), provisional);
    }

    /**
     * The end of a day-counted deadline: the given last day, moved to the next working day when it is not one
     * (Civil Code Art. 203).
     */
    public Due endOfDeadline(LocalDate lastDay) {
        LocalDate day = lastDay;
        boolean provisional = !knows(day.getYear());
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
            provisional |= !knows(day.getYear());
        }
        return new Due(endOf(day), provisional);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BEIJING).toInstant();
    }
}
