package org.complaintsuite.workflow.metrics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.workflow.sla.SlaPolicies;

/** The SLA figures of a period: the rollup rows of its days plus its open cases as they stand now. */
@Service
public class SlaMetricsService {

    private final SlaMetricsRepository repository;
    private final MetricsProperties properties;
    private final SlaPolicies policies;
    private final Clock clock;

    SlaMetricsService(SlaMetricsRepository repository, MetricsProperties properties, SlaPolicies policies,
            Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.policies = policies;
        this.clock = clock;
    }

    /** One snapshot for both reads, so that a case resolved meanwhile is counted once, as open or as resolved. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    SlaReport report(SlaQuery query) {
        Instant now = clock.instant();
        Map<String, SlaTally> groups = new TreeMap<>();
        if (query.groupBy() == SlaQuery.GroupBy.DAY) {
            for (LocalDate day = query.from(); day.isBefore(query.to()); day = day.plusDays(1)) {
                groups.put(day.toString(), new SlaTally());
            }
        }
        SlaMetricsRepository.Sink sink = (day, channel, group) -> groups.computeIfAbsent(
                key(query.groupBy(), day, channel, group), k -> new SlaTally());
        repository.rollup(query.from(), query.to(), sink);
        repository.open(query.from().atStartOfDay(SlaQuery.BEIJING).toInstant(),
                query.to().atStartOfDay(SlaQuery.BEIJING).toInstant(), now, properties.aboutToBreachWithin(),
                policies.maxPause(), sink);

        SlaTally total = new SlaTally();
        groups.values().forEach(total::add);
        List<SlaReport.Figures> figures = query.groupBy() == null ? List.of()
                : groups.entrySet().stream()
                        .filter(entry -> query.groupBy() == SlaQuery.GroupBy.DAY || !entry.getValue().isEmpty())
                        .map(entry -> entry.getValue().figures(entry.getKey())).toList();
        return new SlaReport(query.from(), query.to(), SlaQuery.BEIJING.getId(),
                query.groupBy() == null ? null : query.groupBy().parameter(), now, properties.aboutToBreachWithin(),
                total.figures(null), figures);
    }

    private static String key(SlaQuery.@Nullable GroupBy groupBy, @Nullable LocalDate day, @Nullable String channel,
            String group) {
        if (groupBy == null) {
            return "";
        }
        return switch (groupBy) {
            case CHANNEL -> String.valueOf(channel);
            case GROUP -> group;
            case DAY -> String.valueOf(day);
        };
    }
}
