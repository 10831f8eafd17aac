package org.complaintsuite.workflow.metrics;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
class SlaMetricsController {

    private final SlaMetricsService metrics;
    private final MetricsProperties properties;

    SlaMetricsController(SlaMetricsService metrics, MetricsProperties properties) {
        this.metrics = metrics;
        this.properties = properties;
    }

    /** The figures of the cases received on the Beijing days [from, to), optionally by channel, group or day. */
    @GetMapping("/sla")
    SlaReport sla(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String groupBy) {
        return metrics.report(SlaQuery.parse(from, to, groupBy, properties.maxSpanDays()));
    }
}
