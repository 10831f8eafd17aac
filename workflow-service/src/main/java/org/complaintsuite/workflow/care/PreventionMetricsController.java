package org.complaintsuite.workflow.care;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.workflow.metrics.MetricsProperties;
import org.complaintsuite.workflow.metrics.SlaQuery;

/**
 * The prevention layer's figures for the Beijing days [from, to) (roles OPERATIONS and SUPERVISOR, as the SLA
 * metrics, and the days checked as theirs): contacts, complaints per 10,000 contacts, care tasks opened and on time,
 * the prevented rate.
 */
@RestController
class PreventionMetricsController {

    private final PreventionMetrics metrics;
    private final MetricsProperties properties;

    PreventionMetricsController(PreventionMetrics metrics, MetricsProperties properties) {
        this.metrics = metrics;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/metrics/prevention", produces = MediaType.APPLICATION_JSON_VALUE)
    PreventionMetrics.Figures prevention(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        SlaQuery days = SlaQuery.parse(from, to, null, properties.maxSpanDays());
        return metrics.of(days.from(), days.to());
    }
}
