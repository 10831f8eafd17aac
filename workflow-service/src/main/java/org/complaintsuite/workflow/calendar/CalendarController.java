package org.complaintsuite.workflow.calendar;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.support.NotFoundException;

/** The official holiday schedules the clocks run on; operations load next year's without a release. */
@RestController
@RequestMapping(path = "/api/v1/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
class CalendarController {

    private final WorkingCalendars calendars;
    private final CalendarService service;

    CalendarController(WorkingCalendars calendars, CalendarService service) {
        this.calendars = calendars;
        this.service = service;
    }

    record YearSummary(int year, WorkingCalendars.Source source, boolean published, int days, List<String> papers,
            java.time.@Nullable Instant loadedAt, @Nullable String loadedBy) {

        static YearSummary of(WorkingCalendars.Year year) {
            return new YearSummary(year.year(), year.source(), year.published(), year.days(), year.papers(),
                    year.loadedAt(), year.loadedBy());
        }
    }

    record Overview(List<YearSummary> years, List<Integer> missingYears) {
    }

    record LoadResult(YearSummary year, int casesChecked, int casesChanged, List<Integer> missingYears) {
    }

    @GetMapping
    Overview overview() {
        return new Overview(calendars.years().stream().map(YearSummary::of).toList(), calendars.missingYears());
    }

    /** The year's schedule as held, in the holiday-cn format it was loaded in. */
    @GetMapping("/{year}")
    ResponseEntity<String> year(@PathVariable int year) {
        WorkingCalendars.Year held = calendars.year(year)
                .orElseThrow(() -> new NotFoundException("No schedule of " + year + " is held."));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(held.document());
    }

    /** Loads or replaces a year (holiday-cn JSON), then recomputes the open cases' due dates across it. */
    @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    LoadResult load(@PathVariable int year, @RequestBody String document, @Nullable Principal principal) {
        CalendarService.Loaded loaded = service.load(year, document, principal == null ? "anonymous" : principal.getName());
        return new LoadResult(YearSummary.of(loaded.year()), loaded.casesChecked(), loaded.casesChanged(),
                loaded.missingYears());
    }
}
