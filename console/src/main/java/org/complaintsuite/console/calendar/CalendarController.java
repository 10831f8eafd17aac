package org.complaintsuite.console.calendar;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.workflow.Calendar;
import org.complaintsuite.console.workflow.WorkflowClient;

/** Which years' official schedules the clocks run on, and which years they need that are missing. */
@Controller
class CalendarController {

    private final WorkflowClient workflow;
    private final Clock clock;

    CalendarController(WorkflowClient workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
    }

    record CalendarView(List<YearRow> years, List<Integer> missingYears, int currentYear) {
    }

    record YearRow(int year, @Nullable String source, boolean published, int days, List<String> papers,
            String loadedAt, @Nullable String loadedBy, boolean current) {
    }

    @GetMapping("/calendar")
    String calendar(Model model) {
        Calendar calendar = workflow.calendar();
        int currentYear = BeijingTime.today(clock.instant()).getYear();
        List<YearRow> years = calendar.years().stream().map(y -> new YearRow(y.year(), y.source(), y.published(),
                y.days(), y.papers() == null ? List.of() : y.papers(), BeijingTime.format(y.loadedAt()), y.loadedBy(),
                y.year() == currentYear)).toList();
        model.addAttribute("calendar", new CalendarView(years, calendar.missingYears(), currentYear));
        return "calendar/calendar";
    }
}
