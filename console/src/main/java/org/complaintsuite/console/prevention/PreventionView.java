package org.complaintsuite.console.prevention;

import java.util.List;

/**
 * The prevention page, prepared: the figures as cards, 溯源's chart as the series ECharts draws, and the rising values.
 * Every figure carries {@code metric}, its path in workflow's answer ({@code prevention.contacts},
 * {@code rising.DEDUCTION.increase}), so that the page and a test read the same value.
 *
 * @param by         the dimension shown (TOPIC, BUSINESS_TYPE, CHANNEL)
 * @param chartJson  {@code {"days": [...], "series": [{"name", "data"}]}}: dissatisfied voices per day and value
 * @param risingSince the first day of the last window, shown as a date
 */
public record PreventionView(String from, String toInclusive, String by, List<String> dimensions, List<Card> cards,
        String chartJson, boolean chartEmpty, List<RisingRow> rising, String risingSince, String risingUntil,
        int risingWindowDays, int risingMinimum, String dissatisfiedAt) {

    /** One figure: the message key of its name, as shown, and its raw value (empty when there is none). */
    public record Card(String metric, String label, String display, String value) {
    }

    /** A rising value, its name already in the page's language. */
    public record RisingRow(String value, String name, long dissatisfiedBefore, long dissatisfiedNow, long increase,
            String rateBefore, String rateNow) {
    }
}
