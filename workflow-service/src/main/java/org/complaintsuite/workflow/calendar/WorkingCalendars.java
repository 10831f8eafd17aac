package org.complaintsuite.workflow.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The working calendar the clocks are computed on: the official schedules shipped with the service
 * ({@code classpath:holiday-cn/}), each replaced by the one operations loaded at run time, if any (table
 * {@code calendar_year}). Every instance re-reads the loaded schedules when another instance loads one.
 * <p>
 * A missing schedule is said loudly: the current year, or from 1 November (Beijing time) the next year, not
 * published here shows on the health endpoint ({@link CalendarHealthIndicator}), in the metric
 * {@code workflow.calendar.missing.years} and in a warning logged every hour; due dates computed across its days
 * are marked provisional.
 */
@Component
public class WorkingCalendars implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendars.class);
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");
    private static final Duration WARN_EVERY = Duration.ofHours(1);

    /** Where a year's schedule comes from. */
    public enum Source {
        BUNDLED, LOADED
    }

    /** One year as the service holds it. */
    public record Year(YearSchedule schedule, Source source, @Nullable Instant loadedAt, @Nullable String loadedBy,
            String document) {

        public int year() {
            return schedule.year();
        }

        public boolean published() {
            return schedule.published();
        }

        public int days() {
            return schedule.offDays().size();
        }

        public List<String> papers() {
            return schedule.papers();
        }
    }

    private record State(WorkingCalendar calendar, Map<Integer, Year> years, @Nullable Instant lastLoadedAt) {
    }

    private final JsonMapper mapper;
    private final CalendarStore store;
    private final Clock clock;
    private final Map<Integer, Year> bundled;
    private volatile State state;
    private volatile @Nullable Instant lastWarning;

    WorkingCalendars(JsonMapper mapper, CalendarStore store, Clock clock, MeterRegistry meters) {
        this.mapper = mapper;
        this.store = store;
        this.clock = clock;
        this.bundled = bundledYears(mapper);
        this.state = build(List.of());
        Gauge.builder("workflow.calendar.missing.years", this, calendars -> calendars.missingYears().size())
                .description("Years whose official holiday schedule is needed now and not loaded (0 when all is well)")
                .register(meters);
    }

    /** After the schedule migrations ran (every singleton, Flyway's initializer included, exists by now). */
    @Override
    public void afterSingletonsInstantiated() {
        reload();
        warnIfMissing();
    }

    public WorkingCalendar current() {
        return state.calendar();
    }

    public List<Year> years() {
        return List.copyOf(state.years().values());
    }

    public Optional<Year> year(int year) {
        return Optional.ofNullable(state.years().get(year));
    }

    /**
     * The years that must be known now and are not: the current year (Beijing time), and from 1 November the next.
     */
    public List<Integer> missingYears() {
        LocalDate today = clock.instant().atZone(WorkingCalendar.BEIJING).toLocalDate();
        List<Integer> missing = new ArrayList<>();
        if (!current().knows(today.getYear())) {
            missing.add(today.getYear());
        }
        if (today.getMonthValue() >= Month.NOVEMBER.getValue() && !current().knows(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }

    /**
     * Checks and stores a schedule operations uploaded, and makes it the one in force on this instance (the others
     * follow within {@code workflow.calendar.refresh-interval}).
     *
     * @throws IllegalArgumentException saying what is wrong with the document
     */
    public Year load(int year, String document, String by) {
        YearSchedule schedule = YearSchedule.parse(document, mapper, year);
        if (!schedule.published()) {
            throw new IllegalArgumentException("the schedule of " + year
                    + " lists no State Council notice (papers) or no days: it is not published yet");
        }
        store.save(year, document, clock.instant(), by);
        reload();
        log.info("Holiday schedule {} loaded by {} ({} days); missing now: {}", year, by, schedule.offDays().size(),
                missingYears());
        return state.years().get(year);
    }

    /** Picks up a schedule another instance loaded ({@link CalendarRefreshSchedule}). */
    void refresh() {
        Optional<Instant> loaded = store.lastLoadedAt();
        if (loaded.isPresent() && !loaded.get().equals(state.lastLoadedAt())) {
            reload();
            log.info("Holiday schedules reloaded: another instance loaded one at {}", loaded.get());
        }
        Instant now = clock.instant();
        if (lastWarning == null || !now.isBefore(lastWarning.plus(WARN_EVERY))) {
            warnIfMissing();
        }
    }

    private void reload() {
        state = build(store.all());
    }

    private void warnIfMissing() {
        List<Integer> missing = missingYears();
        lastWarning = clock.instant();
        if (!missing.isEmpty()) {
            log.warn("The official holiday schedule of {} is not loaded: due dates across those days are provisional. "
                    + "Load it with PUT /api/v1/calendar/{year} (holiday-cn JSON).", missing);
        }
    }

    private State build(List<CalendarStore.Stored> stored) {
        Map<Integer, Year> years = new TreeMap<>(bundled);
        Instant last = null;
        for (CalendarStore.Stored row : stored) {
            YearSchedule schedule = YearSchedule.parse(row.document(), mapper, row.year());
            years.put(row.year(), new Year(schedule, Source.LOADED, row.loadedAt(), row.loadedBy(), row.document()));
            last = last == null || row.loadedAt().isAfter(last) ? row.loadedAt() : last;
        }
        return new State(new WorkingCalendar(years.values().stream().map(Year::schedule).toList()), years, last);
    }

    private static Map<Integer, Year> bundledYears(JsonMapper mapper) {
        Map<Integer, Year> years = new TreeMap<>();
        for (Map.Entry<Integer, String> file : bundledDocuments().entrySet()) {
            YearSchedule schedule = YearSchedule.parse(file.getValue(), mapper, file.getKey());
            years.put(file.getKey(), new Year(schedule, Source.BUNDLED, null, null, file.getValue()));
        }
        return years;
    }

    /** The schedules shipped in {@code classpath:holiday-cn/}. */
    public static List<YearSchedule> bundled(JsonMapper mapper) {
        return bundledDocuments().entrySet().stream()
                .map(file -> YearSchedule.parse(file.getValue(), mapper, file.getKey())).toList();
    }

    private static Map<Integer, String> bundledDocuments() {
        Map<Integer, String> documents = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:holiday-cn/*.json")) {
                Matcher name = YEAR_FILE.matcher(String.valueOf(resource.getFilename()));
                if (name.matches()) {
                    documents.put(Integer.parseInt(name.group(1)), resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the bundled holiday schedules", ex);
        }
        return documents;
    }
}
