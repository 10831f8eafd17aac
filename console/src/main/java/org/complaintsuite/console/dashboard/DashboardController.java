package org.complaintsuite.console.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.workflow.SlaReport;
import org.complaintsuite.console.workflow.WorkflowClient;

/**
 * The operations dashboard: the page with its period form, and the figures as a fragment that htmx reloads every
 * 30 seconds. The period is of Beijing days, both ends included on the page ({@code to} is the last day shown;
 * workflow's {@code to} is the day after).
 */
@Controller
class DashboardController {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final WorkflowClient workflow;
    private final JsonMapper json;
    private final Clock clock;

    DashboardController(WorkflowClient workflow, JsonMapper json, Clock clock) {
        this.workflow = workflow;
        this.json = json;
        this.clock = clock;
    }

    record Period(LocalDate from, LocalDate to) {

        LocalDate toExclusive() {
            return to.plusDays(1);
        }
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Model model) {
        Period period = period(from, to);
        model.addAttribute("period", period);
        model.addAttribute("dashboard", view(period));
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/figures")
    String figures(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Model model) {
        Period period = period(from, to);
        model.addAttribute("dashboard", view(period));
        return "dashboard/figures :: figures";
    }

    private DashboardView view(Period period) {
        SlaReport byDay = workflow.metrics(period.from(), period.toExclusive(), "day");
        SlaReport byChannel = workflow.metrics(period.from(), period.toExclusive(), "channel");
        SlaReport byGroup = workflow.metrics(period.from(), period.toExclusive(), "group");
        List<DashboardView.Table> tables = List.of(table("channel", byChannel), table("group", byGroup));
        return new DashboardView(period.from().toString(), period.to().toString(), period.toExclusive().toString(),
                BeijingTime.formatSeconds(byDay.asOf()),
                byDay.aboutToBreachWithin() == null ? "" : BeijingTime.hours(byDay.aboutToBreachWithin()),
                java.util.stream.Stream.concat(DashboardFigures.all("total", byDay.total()).stream(),
                        DashboardFigures.reviews(byDay.proxyReviews()).stream()).toList(),
                tables, dailyChart(byDay));
    }

    private static DashboardView.Table table(String groupBy, SlaReport report) {
        List<DashboardView.Row> rows = new ArrayList<>();
        for (SlaReport.Figures figures : report.groups() == null ? List.<SlaReport.Figures>of() : report.groups()) {
            String key = figures.key() == null ? "" : figures.key();
            rows.add(new DashboardView.Row(key, DashboardFigures.columns(groupBy + "." + key, figures)));
        }
        return new DashboardView.Table(groupBy, DashboardFigures.TABLE_COLUMNS, rows);
    }

    /** The by-day series for the charts, as JSON the page's script hands to ECharts. */
    private String dailyChart(SlaReport byDay) {
        List<String> days = new ArrayList<>();
        List<@Nullable Double> firstContact = new ArrayList<>();
        List<@Nullable Double> resolution = new ArrayList<>();
        List<Long> received = new ArrayList<>();
        List<Long> breaches = new ArrayList<>();
        for (SlaReport.Figures day : byDay.groups() == null ? List.<SlaReport.Figures>of() : byDay.groups()) {
            days.add(day.key());
            firstContact.add(percentOrNull(day.firstContactOnTime()));
            resolution.add(percentOrNull(day.resolutionOnTime()));
            received.add(day.received());
            breaches.add(day.breaches().firstContact() + day.breaches().resolution() + day.breaches().regulator());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("days", days);
        chart.put("firstContactOnTime", firstContact);
        chart.put("resolutionOnTime", resolution);
        chart.put("received", received);
        chart.put("breaches", breaches);
        return json.writeValueAsString(chart);
    }

    private static @Nullable Double percentOrNull(SlaReport.Ratio ratio) {
        return ratio.rate() == null ? null : Math.round(ratio.rate() * 1000) / 10.0;
    }

    private Period period(@Nullable String from, @Nullable String to) {
        LocalDate today = BeijingTime.today(clock.instant());
        LocalDate end = date(to, today);
        LocalDate start = date(from, end.minusDays(DEFAULT_DAYS - 1));
        if (start.isAfter(end)) {
            start = end;
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            start = end.minusDays(MAX_DAYS - 1);
        }
        return new Period(start, end);
    }

    private static LocalDate date(@Nullable String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            return otherwise;
        }
    }
}
