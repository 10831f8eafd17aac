package org.complaintsuite.workflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One year of the State Council's holiday schedule in the holiday-cn format: the days that differ from an ordinary
 * week, each either off (a statutory holiday) or a working day (调休, an adjusted working day on a weekend). A file
 * may list a few days of a neighbouring year (2023's file has 2022-12-31); they belong to the schedule all the same.
 *
 * @param papers the State Council notices the schedule comes from; a year without any is not published yet
 */
public record YearSchedule(int year, List<String> papers, Map<LocalDate, Boolean> offDays) {

    public YearSchedule {
        papers = List.copyOf(papers);
        offDays = java.util.Collections.unmodifiableMap(new TreeMap<>(offDays));
    }

    /** Whether the State Council has published this year: holiday-cn keeps an empty file until it has. */
    public boolean published() {
        return !papers.isEmpty() && !offDays.isEmpty();
    }

    /**
     * Reads a holiday-cn file, checking what a wrong upload would get wrong: the year, every date, every flag.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static YearSchedule parse(String json, JsonMapper mapper, int expectedYear) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        }
        catch (RuntimeException ex) {
            throw new IllegalArgumentException("not JSON: " + ex.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a holiday-cn document (expected an object with year and days)");
        }
        JsonNode year = root.get("year");
        if (year == null || !year.isInt() || year.asInt() != expectedYear) {
            throw new IllegalArgumentException("year must be " + expectedYear);
        }
        List<String> papers = new ArrayList<>();
        JsonNode paperNodes = root.get("papers");
        if (paperNodes != null && paperNodes.isArray()) {
            paperNodes.forEach(paper -> papers.add(paper.asString()));
        }
        JsonNode days = root.get("days");
        if (days == null || !days.isArray()) {
            throw new IllegalArgumentException("days must be an array");
        }
        Map<LocalDate, Boolean> offDays = new TreeMap<>();
        int index = 0;
        for (JsonNode day : days) {
            JsonNode date = day.get("date");
            JsonNode off = day.get("isOffDay");
            if (date == null || !date.isString() || off == null || !off.isBoolean()) {
                throw new IllegalArgumentException("days[" + index + "] needs date (yyyy-MM-dd) and isOffDay (boolean)");
            }
            LocalDate parsed;
            try {
                parsed = LocalDate.parse(date.asString());
            }
            catch (DateTimeParseException ex) {
                throw new IllegalArgumentException("days[" + index + "].date is not a date: " + date.asString());
            }
            if (Math.abs(parsed.getYear() - expectedYear) > 1) {
                throw new IllegalArgumentException("days[" + index + "].date " + parsed + " is not in or next to " + expectedYear);
            }
            offDays.put(parsed, off.asBoolean());
            index++;
        }
        return new YearSchedule(expectedYear, papers, offDays);
    }
}
