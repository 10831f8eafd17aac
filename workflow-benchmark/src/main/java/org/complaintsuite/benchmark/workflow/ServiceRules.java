package org.complaintsuite.benchmark.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.calendar.WorkingCalendars;
import org.complaintsuite.workflow.calendar.YearSchedule;
import org.complaintsuite.workflow.sla.SlaPolicies;
import org.complaintsuite.workflow.sla.SlaProperties;

/**
 * The SLA rules the workflow service would apply to the benchmark's cases, taken from the service itself: its
 * policies as its {@code application.yml} configures them ({@code workflow.sla}), bound to its own
 * {@link SlaProperties}, and its working calendar as {@link WorkingCalendars} builds it: the official schedules
 * shipped in {@code classpath:holiday-cn/}, each replaced by a year loaded into the database's
 * {@code calendar_year}, if any.
 *
 * @param policies   the service's policies, which compute every due time
 * @param calendar   the working calendar they are computed on, with 调休 (weekend working days)
 * @param properties the service's {@code workflow.sla} settings the policies were made from
 */
record ServiceRules(SlaPolicies policies, WorkingCalendar calendar, SlaProperties properties) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The service's configuration and calendar, with the years loaded into the database it will run on. */
    static ServiceRules of(Connection database) throws SQLException {
        return withLoadedYears(loadedYears(database));
    }

    /** The service's configuration, and its bundled schedules each replaced by the one in {@code loaded}, if any. */
    static ServiceRules withLoadedYears(List<YearSchedule> loaded) {
        SlaProperties properties = configuredSla();
        Map<Integer, YearSchedule> years = new TreeMap<>();
        WorkingCalendars.bundled(JSON).forEach(schedule -> years.put(schedule.year(), schedule));
        loaded.forEach(schedule -> years.put(schedule.year(), schedule));
        return new ServiceRules(new SlaPolicies(properties), new WorkingCalendar(years.values()), properties);
    }

    /** For the report: the policies and the calendar years, as the data was built on them. */
    String describe() {
        String policyList = properties.policies().stream()
                .map(policy -> "`%s` (first contact %s)".formatted(policy.name(), policy.firstContact()))
                .collect(Collectors.joining(", "));
        return ("first contact %s, resolution %d working days, regulator %d days, pauses at most %s; stricter "
                + "policies: %s; calendar years %s").formatted(properties.firstContact(),
                properties.resolutionWorkingDays(), properties.regulatorDays(), properties.maxPause(),
                policyList.isEmpty() ? "none" : policyList, calendar.publishedYears());
    }

    private static SlaProperties configuredSla() {
        try {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("workflow-service application.yml",
                    new ClassPathResource("application.yml"));
            return new Binder(ConfigurationPropertySources.from(yaml))
                    .bindOrCreate("workflow.sla", Bindable.of(SlaProperties.class));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the workflow service's application.yml", ex);
        }
    }

    /** The years operations loaded at run time into {@code calendar_year}, which replace the bundled ones. */
    private static List<YearSchedule> loadedYears(Connection database) throws SQLException {
        List<YearSchedule> loaded = new ArrayList<>();
        try (Statement st = database.createStatement();
                ResultSet rs = st.executeQuery("SELECT year, document FROM calendar_year")) {
            while (rs.next()) {
                loaded.add(YearSchedule.parse(rs.getString(2), JSON, rs.getInt(1)));
            }
        }
        return loaded;
    }
}
