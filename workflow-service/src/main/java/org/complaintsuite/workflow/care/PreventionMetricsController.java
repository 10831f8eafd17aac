package org.complaintsuite.workflow.care;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;

/**
 * The prevention layer's figures for the Beijing days [from, to) (roles OPERATIONS and SUPERVISOR, as the SLA
 * metrics): contacts, complaints per 10,000 contacts, care tasks opened and on time, the prevented rate.
 */
@RestController
class PreventionMetricsController {

    /** The longest period one request may ask for, as for the SLA metrics' default. */
    static final int MAX_SPAN_DAYS = 366;

    private final PreventionMetrics metrics;

    PreventionMetricsController(PreventionMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping(path = "/api/v1/metrics/prevention", produces = MediaType.APPLICATION_JSON_VALUE)
    PreventionMetrics.Figures prevention(@RequestParam String from, @RequestParam String to) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        long days = ChronoUnit.DAYS.between(fromDate, toDate);
        if (days < 1 || days > MAX_SPAN_DAYS) {
            throw new InvalidInputException(List.of(new FieldError("to",
                    "must be 1 to " + MAX_SPAN_DAYS + " days after from (the end is exclusive)")));
        }
        return metrics.of(fromDate, toDate);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            throw new InvalidInputException(List.of(new FieldError(field, "must be a date like 2026-12-01")));
        }
    }
}
