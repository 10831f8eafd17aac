package org.complaintsuite.workflow.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.sla.SlaPolicies;

/**
 * The headline SLA gauges on /actuator/prometheus, per group: open cases, cases with a clock about to breach, and
 * open clocks overdue or about to breach per clock. One query over the open cases computes them all every
 * {@code workflow.metrics.gauge-refresh}; a scrape reads the last result and never touches the database. Until the
 * first computation the gauges read NaN; {@code complaint_sla_gauges_age_seconds} says how old the values are.
 */
@Component
class SlaGauges implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SlaGauges.class);

    private record Snapshot(Instant at, Map<SpecialistGroup, SlaTally> byGroup) {
    }

    private final SlaMetricsRepository repository;
    private final MetricsProperties properties;
    private final SlaPolicies policies;
    private final Clock clock;
    private volatile @Nullable Snapshot snapshot;

    SlaGauges(SlaMetricsRepository repository, MetricsProperties properties, SlaPolicies policies, Clock clock,
            MeterRegistry registry) {
        this.repository = repository;
        this.properties = properties;
        this.policies = policies;
        this.clock = clock;
        for (SpecialistGroup group : SpecialistGroup.values()) {
            register(registry, "complaint.cases.open", "Cases neither resolved nor withdrawn", group, null,
                    tally -> tally.open);
            register(registry, "complaint.cases.about.to.breach", "Open cases with a running clock due within "
                    + properties.aboutToBreachWithin(), group, null, tally -> tally.casesSoon);
            register(registry, "complaint.clocks.overdue", "Open clocks past their due time", group, "first_contact",
                    tally -> tally.firstContactOverdue);
            register(registry, "complaint.clocks.overdue", "Open clocks past their due time", group, "resolution",
                    tally -> tally.resolutionOverdue);
            register(registry, "complaint.clocks.overdue", "Open clocks past their due time", group, "regulator",
                    tally -> tally.regulatorOverdue);
            register(registry, "complaint.clocks.about.to.breach", "Running clocks due within "
                    + properties.aboutToBreachWithin(), group, "first_contact", tally -> tally.firstContactSoon);
            register(registry, "complaint.clocks.about.to.breach", "Running clocks due within "
                    + properties.aboutToBreachWithin(), group, "resolution", tally -> tally.resolutionSoon);
            register(registry, "complaint.clocks.about.to.breach", "Running clocks due within "
                    + properties.aboutToBreachWithin(), group, "regulator", tally -> tally.regulatorSoon);
        }
        Gauge.builder("complaint.sla.gauges.age", this, gauges -> {
            Snapshot current = gauges.snapshot;
            return current == null ? Double.NaN
                    : Duration.between(current.at(), gauges.clock.instant()).toMillis() / 1000.0;
        }).description("Time since the SLA gauges were computed").baseUnit("seconds").register(registry);
    }

    private void register(MeterRegistry registry, String name, String description, SpecialistGroup group,
            @Nullable String clockName, ToLongFunction<SlaTally> value) {
        Gauge.Builder<SlaGauges> builder = Gauge.builder(name, this, gauges -> {
            Snapshot current = gauges.snapshot;
            if (current == null) {
                return Double.NaN;
            }
            SlaTally tally = current.byGroup().get(group);
            return tally == null ? 0 : value.applyAsLong(tally);
        }).description(description).tag("group", group.name());
        if (clockName != null) {
            builder.tag("clock", clockName);
        }
        builder.register(registry);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::refresh, properties.gaugeRefresh());
    }

    public void refresh() {
        Instant now = clock.instant();
        Map<SpecialistGroup, SlaTally> byGroup = new EnumMap<>(SpecialistGroup.class);
        try {
            repository.openByGroup(now, properties.aboutToBreachWithin(), policies.maxPause(),
                    group -> byGroup.computeIfAbsent(SpecialistGroup.valueOf(group), g -> new SlaTally()));
            snapshot = new Snapshot(now, byGroup);
        }
        catch (RuntimeException ex) {
            // the gauges keep their last values; their age shows how stale they are
            log.warn("Could not compute the SLA gauges: {}", ex.toString());
        }
    }
}
