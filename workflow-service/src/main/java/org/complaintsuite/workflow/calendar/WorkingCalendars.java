package org.complaintsuite.workflow.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The working calendar the clocks are computed on: the official schedules shipped with the service. */
@Component
public class WorkingCalendars {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

    private final WorkingCalendar current;

    WorkingCalendars(JsonMapper mapper) {
        this.current = new WorkingCalendar(bundled(mapper));
    }

    public WorkingCalendar current() {
        return current;
    }

    /** The schedules shipped in {@code classpath:holiday-cn/}. */
    public static List<YearSchedule> bundled(JsonMapper mapper) {
        List<YearSchedule> schedules = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:holiday-cn/*.json")) {
                Matcher name = YEAR_FILE.matcher(String.valueOf(resource.getFilename()));
                if (name.matches()) {
                    String json = resource.getContentAsString(StandardCharsets.UTF_8);
                    schedules.add(YearSchedule.parse(json, mapper, Integer.parseInt(name.group(1))));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the bundled holiday schedules", ex);
        }
        return schedules;
    }
}
