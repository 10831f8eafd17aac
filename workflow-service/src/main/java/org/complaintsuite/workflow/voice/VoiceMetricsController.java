package org.complaintsuite.workflow.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems;
import org.complaintsuite.workflow.metrics.MetricsProperties;
import org.complaintsuite.workflow.metrics.SlaQuery;

/**
 * 溯源: dissatisfaction by day and product topic, business type or channel, with the values rising fastest (roles
 * OPERATIONS and SUPERVISOR, as the other figures; the days checked as theirs, every wrong parameter reported at once).
 */
@RestController
class VoiceMetricsController {

    private final VoiceMetrics metrics;
    private final MetricsProperties properties;

    VoiceMetricsController(VoiceMetrics metrics, MetricsProperties properties) {
        this.metrics = metrics;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/metrics/voice", produces = MediaType.APPLICATION_JSON_VALUE)
    VoiceMetrics.Report voice(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String by) {
        List<Problems.FieldError> errors = new ArrayList<>();
        SlaQuery days = null;
        try {
            days = SlaQuery.parse(from, to, null, properties.maxSpanDays());
        }
        catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
        }
        Dimension dimension = Dimension.TOPIC;
        if (by != null && !by.isBlank()) {
            try {
                dimension = Dimension.valueOf(by.trim().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException unknown) {
                errors.add(new Problems.FieldError("by", "must be one of " + Arrays.stream(Dimension.values())
                        .map(Dimension::name).collect(Collectors.joining(", "))));
            }
        }
        if (days == null || !errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return metrics.of(days.from(), days.to(), dimension);
    }
}
