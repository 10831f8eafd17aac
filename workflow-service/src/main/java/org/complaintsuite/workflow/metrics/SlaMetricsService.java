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
import org.complaintsuite.workflow.supervision.ProxyReviews;

/**
 * The SLA figures of a period: the rollup rows of its days, their duration histograms, and its open cases as they
 * stand now.
 */
@Service
public class SlaMetricsService {

    private final SlaMetricsRepository repository;
    private final MetricsProperties properties;
    private final SlaPolicies policies;
    private final ProxyReviews reviews;
    private final Clock clock;

    SlaMetricsService(SlaMetricsRepository repository, MetricsProperties properties, SlaPolicies policies,
            ProxyReviews reviews, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.policies = policies;
        this.reviews = reviews;
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
        SlaMetricsRepository.Key key = key(query.groupBy());
        SlaMetricsRepository.Sink sink = k -> groups.computeIfAbsent(k, absent -> new SlaTally());
        repository.rollup(query.from(), query.to(), key, sink);
        histograms(query, key, sink);
        repository.open(query.from().atStartOfDay(SlaQuery.BEIJING).toInstant(),
                query.to().atStartOfDay(SlaQuery.BEIJING).toInstant(), now, properties.aboutToBreachWithin(),
                policies.maxPause(), key, sink);

        SlaTally total = new SlaTally();
        groups.values().forEach(total::add);
        List<SlaReport.Figures> figures = query.groupBy() == null ? List.of()
                : groups.entrySet().stream()
                        .filter(entry -> query.groupBy() == SlaQuery.GroupBy.DAY || !entry.getValue().isEmpty())
                        .map(entry -> entry.getValue().figures(entry.getKey())).toList();
        return new SlaReport(query.from(), query.to(), SlaQuery.BEIJING.getId(),
                query.groupBy() == null ? null : query.groupBy().parameter(), now, properties.aboutToBreachWithin(),
                total.figures(null), figures, reviews.counts(query.from(), query.to(), SlaQuery.BEIJING));
    }

    /**
     * By day: one histogram of all channels and groups per day. Otherwise the whole months of the period from the
     * monthly histograms and only the days before and after them from the daily ones, so that a year reads some
     * hundreds of histograms rather than one per day, channel and group.
     */
    private void histograms(SlaQuery query, SlaMetricsRepository.Key key, SlaMetricsRepository.Sink sink) {
        if (query.groupBy() == SlaQuery.GroupBy.DAY) {
            repository.histograms(SlaMetricsRepository.Grain.DAY, query.from(), query.to(), true, key, sink);
            return;
        }
        LocalDate firstWholeMonth = query.from().getDayOfMonth() == 1 ? query.from()
                : query.from().withDayOfMonth(1).plusMonths(1);
        LocalDate endOfWholeMonths = query.to().withDayOfMonth(1);
        if (!firstWholeMonth.isBefore(endOfWholeMonths)) {
            repository.histograms(SlaMetricsRepository.Grain.DAY, query.from(), query.to(), false, key, sink);
            return;
        }
        repository.histograms(SlaMetricsRepository.Grain.DAY, query.from(), firstWholeMonth, false, key, sink);
        repository.histograms(SlaMetricsRepository.Grain.MONTH, firstWholeMonth, endOfWholeMonths, false, key, sink);
        repository.histograms(SlaMetricsRepository.Grain.DAY, endOfWholeMonths, query.to(), false, key, sink);
    }

    private static SlaMetricsRepository.Key key(SlaQuery.@Nullable GroupBy groupBy) {
        if (groupBy == null) {
            return SlaMetricsRepository.Key.NONE;
        }
        return switch (groupBy) {
            case CHANNEL -> SlaMetricsRepository.Key.CHANNEL;
            case GROUP -> SlaMetricsRepository.Key.GROUP;
            case DAY -> SlaMetricsRepository.Key.DAY;
        };
    }
}
