package org.complaintsuite.console.prevention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.console.workflow.Prevention;

/** What the prevention page shows, from workflow's answers: cards, the chart's series, the rising rows. */
public final class PreventionFigures {

    private PreventionFigures() {
    }

    public static List<PreventionView.Card> cards(Prevention.Figures f) {
        return List.of(count("contacts", f.contacts()), count("complaints", f.complaints()),
                new PreventionView.Card("prevention.complaintsPer10kContacts", "prevention.complaintsPer10kContacts",
                        f.complaintsPer10kContacts() == null ? "—"
                                : String.format(Locale.ROOT, "%.1f", f.complaintsPer10kContacts()),
                        raw(f.complaintsPer10kContacts())),
                count("careTasksOpened", f.careTasksOpened()), rate("feedbackOnTime", f.feedbackOnTime()),
                rate("handlingOnTime", f.handlingOnTime()), count("careTasksMatured", f.careTasksMatured()),
                rate("preventedRate", f.preventedRate()));
    }

    /**
     * Dissatisfied voices per day of [from, to] (every day, none as 0) and value, one series per value: the value with
     * the most voices first, conversations without a value last.
     */
    public static Map<String, Object> chart(Prevention.Voice voice, LocalDate from, LocalDate toInclusive,
            Function<String, String> name) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            days.add(day.toString());
        }
        Map<String, long[]> byValue = new HashMap<>();
        for (Prevention.VoiceDay day : voice.days()) {
            int at = days.indexOf(day.day().toString());
            if (at >= 0) {
                byValue.computeIfAbsent(day.value(), value -> new long[days.size()])[at] += day.dissatisfiedVoices();
            }
        }
        Comparator<Map.Entry<String, long[]>> order = Comparator
                .comparing((Map.Entry<String, long[]> e) -> e.getKey().equals(Prevention.NONE))
                .thenComparing(e -> -Arrays.stream(e.getValue()).sum())
                .thenComparing(Map.Entry::getKey);
        List<Map<String, Object>> series = byValue.entrySet().stream().sorted(order).map(e -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("value", e.getKey());
            one.put("name", name.apply(e.getKey()));
            one.put("data", e.getValue());
            return one;
        }).toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("days", days);
        chart.put("series", series);
        return chart;
    }

    public static List<PreventionView.RisingRow> rising(Prevention.Voice voice, Function<String, String> name) {
        return voice.rising().stream().map(r -> new PreventionView.RisingRow(r.value(), name.apply(r.value()),
                r.dissatisfiedBefore(), r.dissatisfiedNow(), r.increase(), percent(r.rateBefore()),
                percent(r.rateNow()))).toList();
    }

    static String percent(@Nullable Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static PreventionView.Card count(String name, long value) {
        return new PreventionView.Card("prevention." + name, "prevention." + name, Long.toString(value),
                Long.toString(value));
    }

    private static PreventionView.Card rate(String name, @Nullable Double value) {
        return new PreventionView.Card("prevention." + name, "prevention." + name, percent(value), raw(value));
    }

    private static String raw(@Nullable Double value) {
        return value == null ? "" : value.toString();
    }
}
