package org.complaintsuite.workflow.calendar;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems;

/**
 * Loads a year's schedule and recomputes the due dates of the open cases whose clocks run across it, each case in a
 * transaction of its own under its lock, with the change on its timeline.
 */
@Service
public class CalendarService {

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);
    private static final int BATCH = 500;

    private final WorkingCalendars calendars;
    private final CalendarDependents cases;

    CalendarService(WorkingCalendars calendars, CalendarDependents cases) {
        this.calendars = calendars;
        this.cases = cases;
    }

    /** What loading a year did. */
    public record Loaded(WorkingCalendars.Year year, int casesChecked, int casesChanged, List<Integer> missingYears) {
    }

    public Loaded load(int year, String document, String by) {
        WorkingCalendars.Year loaded;
        try {
            loaded = calendars.load(year, document, by);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidInputException(List.of(new Problems.FieldError("body", ex.getMessage())));
        }
        int checked = 0;
        int changed = 0;
        String after = "";
        while (true) {
            List<String> batch = affectedOpenCases(year, after);
            for (String complaintId : batch) {
                checked++;
                if (cases.recomputeDueDates(complaintId)) {
                    changed++;
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.getLast();
        }
        log.info("Calendar {} loaded by {}: {} open cases checked, {} due dates changed", year, by, checked, changed);
        return new Loaded(loaded, checked, changed, calendars.missingYears());
    }

    /**
     * Open cases with a clock still running across the days the year's file can hold (it may list days of the
     * neighbouring years), in id order from {@code after}.
     */
    private List<String> affectedOpenCases(int year, String after) {
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year + 1, 2, 1);
        return cases.openCasesAcross(from.atStartOfDay(WorkingCalendar.BEIJING).toInstant(),
                to.atStartOfDay(WorkingCalendar.BEIJING).toInstant(), after, BATCH);
    }
}
