package org.complaintsuite.console.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The dashboard's figures for a period, prepared. Every figure is a {@link Cell} whose {@code metric} names where
 * it comes from in workflow's report ({@code total.received}, {@code channel.PHONE.firstContactOnTime}, …), so that
 * the page and a test can both read the same value.
 */
public record DashboardView(String from, String toInclusive, String toExclusive, String asOf,
        String aboutToBreachWithin, List<Cell> totals, List<Table> tables, String dailyChartJson) {

    /**
     * One figure.
     *
     * @param metric      the report path of the figure
     * @param label       the message key of its name
     * @param display     as shown
     * @param value       the raw value (a count, a rate 0..1, seconds), empty when there is none
     * @param numerator   of a rate, else null
     * @param denominator of a rate, else null
     */
    public record Cell(String metric, String label, String display, String value, @Nullable Long numerator,
            @Nullable Long denominator) {
    }

    /** The figures by channel or by group: one row per key, the columns in the order of {@code columns}. */
    public record Table(String groupBy, List<String> columns, List<Row> rows) {
    }

    public record Row(String key, List<Cell> cells) {
    }
}
