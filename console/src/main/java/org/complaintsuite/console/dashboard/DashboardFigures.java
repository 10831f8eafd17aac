package org.complaintsuite.console.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.console.workflow.SlaReport;

/** Workflow's SLA report as the dashboard's cells; no Spring, so the rules of display are tested alone. */
public final class DashboardFigures {

    /** The columns of the per-channel and per-group tables. */
    static final List<String> TABLE_COLUMNS = List.of("received", "firstContactOnTime", "resolutionOnTime",
            "regulatorOnTime", "openBacklog", "aboutToBreach.cases", "overdue.total", "breaches.total",
            "satisfaction", "proxyDriven", "repeats");

    private DashboardFigures() {
    }

    /** Every figure of one line of the report (brief §7), named under {@code prefix}. */
    public static List<DashboardView.Cell> all(String prefix, SlaReport.Figures f) {
        List<DashboardView.Cell> cells = new ArrayList<>();
        cells.add(count(prefix, "received", f.received()));
        cells.add(ratio(prefix, "firstContactOnTime", f.firstContactOnTime()));
        cells.add(ratio(prefix, "resolutionOnTime", f.resolutionOnTime()));
        cells.add(ratio(prefix, "regulatorOnTime", f.regulatorOnTime()));
        cells.add(count(prefix, "openBacklog", f.openBacklog()));
        cells.add(count(prefix, "aboutToBreach.cases", f.aboutToBreach().cases()));
        cells.add(count(prefix, "aboutToBreach.firstContact", f.aboutToBreach().firstContact()));
        cells.add(count(prefix, "aboutToBreach.resolution", f.aboutToBreach().resolution()));
        cells.add(count(prefix, "aboutToBreach.regulator", f.aboutToBreach().regulator()));
        cells.add(count(prefix, "overdue.firstContact", f.overdue().firstContact()));
        cells.add(count(prefix, "overdue.resolution", f.overdue().resolution()));
        cells.add(count(prefix, "overdue.regulator", f.overdue().regulator()));
        cells.add(count(prefix, "breaches.firstContact", f.breaches().firstContact()));
        cells.add(count(prefix, "breaches.resolution", f.breaches().resolution()));
        cells.add(count(prefix, "breaches.regulator", f.breaches().regulator()));
        cells.add(seconds(prefix, "timeToFirstContact.medianSeconds", f.timeToFirstContact().medianSeconds()));
        cells.add(seconds(prefix, "timeToFirstContact.p90Seconds", f.timeToFirstContact().p90Seconds()));
        cells.add(seconds(prefix, "timeToResolution.medianSeconds", f.timeToResolution().medianSeconds()));
        cells.add(seconds(prefix, "timeToResolution.p90Seconds", f.timeToResolution().p90Seconds()));
        cells.add(ratio(prefix, "satisfaction", f.satisfaction()));
        cells.add(ratio(prefix, "proxyDriven", f.proxyDriven()));
        cells.add(ratio(prefix, "repeats", f.repeats()));
        return cells;
    }

    /** The supervisors' proxy-flag reviews of the period (named {@code report.proxyReviews.*}), if workflow reports them. */
    public static List<DashboardView.Cell> reviews(SlaReport.@Nullable ProxyReviews reviews) {
        if (reviews == null) {
            return List.of();
        }
        return List.of(count("report", "proxyReviews.confirmed", reviews.confirmed()),
                count("report", "proxyReviews.dismissed", reviews.dismissed()));
    }

    /** The table columns of one line: the rates and counts a comparison across channels or groups needs. */
    public static List<DashboardView.Cell> columns(String prefix, SlaReport.Figures f) {
        Map<String, DashboardView.Cell> byName = new LinkedHashMap<>();
        for (DashboardView.Cell cell : all(prefix, f)) {
            byName.put(cell.metric().substring(prefix.length() + 1), cell);
        }
        byName.put("overdue.total", sum(prefix, "overdue.total", f.overdue()));
        byName.put("breaches.total", sum(prefix, "breaches.total", f.breaches()));
        return TABLE_COLUMNS.stream().map(byName::get).toList();
    }

    static String percent(SlaReport.Ratio ratio) {
        return ratio.rate() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", ratio.rate() * 100);
    }

    /** Hours with one decimal: the clocks are 48 h and days, minutes would be noise. */
    static String hours(@Nullable Long seconds) {
        return seconds == null ? "—" : String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }

    private static DashboardView.Cell count(String prefix, String name, long value) {
        return new DashboardView.Cell(prefix + "." + name, "metric." + name, Long.toString(value),
                Long.toString(value), null, null);
    }

    private static DashboardView.Cell sum(String prefix, String name, SlaReport.Clocks clocks) {
        long value = clocks.firstContact() + clocks.resolution() + clocks.regulator();
        return new DashboardView.Cell(prefix + "." + name, "metric." + name, Long.toString(value),
                Long.toString(value), null, null);
    }

    private static DashboardView.Cell ratio(String prefix, String name, SlaReport.Ratio ratio) {
        return new DashboardView.Cell(prefix + "." + name, "metric." + name,
                percent(ratio) + " (" + ratio.numerator() + "/" + ratio.denominator() + ")",
                ratio.rate() == null ? "" : Double.toString(ratio.rate()), ratio.numerator(), ratio.denominator());
    }

    private static DashboardView.Cell seconds(String prefix, String name, @Nullable Long seconds) {
        return new DashboardView.Cell(prefix + "." + name, "metric." + name, hours(seconds),
                seconds == null ? "" : Long.toString(seconds), null, null);
    }
}
