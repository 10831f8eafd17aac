package org.complaintsuite.workflow.backlog;

import java.time.Clock;
import java.util.Objects;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Measures the scoring backlog every {@code workflow.backlog.refresh} and shows it: the gauges
 * {@code complaint_backlog_unassessed_cases} and {@code complaint_backlog_oldest_unassessed_age_seconds} (NaN until
 * the first measurement), the {@code scoringBacklog} health indicator, and {@link ScoringBacklogDetected} once per episode.
 * A scrape or a health check reads the last measurement and never touches the database.
 */
@Component
public class BacklogMonitor implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BacklogMonitor.class);

    private final UnassessedCases cases;
    private final BacklogProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile @Nullable Backlog last;
    private boolean alerted;

    BacklogMonitor(UnassessedCases cases, BacklogProperties properties, ApplicationEventPublisher events, Clock clock,
            MeterRegistry registry) {
        this.cases = cases;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        Gauge.builder("complaint.backlog.unassessed.cases", this, monitor -> {
            Backlog current = monitor.last;
            return current == null ? Double.NaN : current.unassessed();
        }).description("Cases with no risk assessment yet").register(registry);
        Gauge.builder("complaint.backlog.oldest.unassessed.age", this, monitor -> {
            Backlog current = monitor.last;
            return current == null ? Double.NaN : current.oldestAge().toMillis() / 1000.0;
        }).description("How long the oldest case with no risk assessment has waited").baseUnit("seconds")
                .register(registry);
    }

    /** The last measurement; null before the first. */
    public @Nullable Backlog last() {
        return last;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::refresh, properties.refresh(), properties.refresh()));
    }

    public synchronized void refresh() {
        Backlog backlog;
        try {
            backlog = cases.measure(clock.instant());
        }
        catch (RuntimeException ex) {
            // the gauges and the health keep the last measurement; the next refresh tries again
            log.warn("Could not measure the scoring backlog: {}", ex.toString());
            return;
        }
        last = backlog;
        if (!alerted && backlog.oldestAge().compareTo(properties.alertAfter()) > 0) {
            alerted = true;
            log.warn("Scoring backlog: {} case(s) without a risk assessment, the oldest waiting {}",
                    backlog.unassessed(), backlog.oldestAge());
            events.publishEvent(new ScoringBacklogDetected(Objects.requireNonNull(backlog.oldestOpenedAt()),
                    backlog.oldestAge(), backlog.unassessed()));
        }
        else if (alerted && backlog.oldestAge().compareTo(properties.warnAfter()) <= 0) {
            alerted = false;
            log.info("Scoring backlog cleared: {} case(s) waiting, the oldest {}", backlog.unassessed(),
                    backlog.oldestAge());
        }
    }
}
