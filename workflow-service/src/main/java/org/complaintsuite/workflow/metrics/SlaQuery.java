package org.complaintsuite.workflow.metrics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems;

/**
 * What a metrics request asks for: the Beijing days [from, to) (dates, not instants: the figures are kept per day of
 * receipt in Beijing time) and an optional breakdown.
 */
public record SlaQuery(LocalDate from, LocalDate to, @Nullable GroupBy groupBy) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    enum GroupBy {
        CHANNEL, GROUP, DAY;

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks every parameter and reports all that are wrong at once (the prevention figures take the same days). */
    public static SlaQuery parse(@Nullable String from, @Nullable String to, @Nullable String groupBy, int maxSpanDays) {
        List<Problems.FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        GroupBy grouping = null;
        if (groupBy != null && !groupBy.isBlank()) {
            try {
                grouping = GroupBy.valueOf(groupBy.trim().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException ex) {
                errors.add(new Problems.FieldError("groupBy", "must be one of channel, group, day"));
            }
        }
        if (fromDate != null && toDate != null) {
            if (!fromDate.isBefore(toDate)) {
                errors.add(new Problems.FieldError("to", "must be after from (the period is [from, to))"));
            }
            else if (ChronoUnit.DAYS.between(fromDate, toDate) > maxSpanDays) {
                errors.add(new Problems.FieldError("to", "must be at most %d days after from".formatted(maxSpanDays)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SlaQuery(fromDate, toDate, grouping);
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, List<Problems.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problems.FieldError(field, "is required: a date (yyyy-MM-dd), a day in Beijing time"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        }
        catch (DateTimeParseException ex) {
            errors.add(new Problems.FieldError(field, "must be a date (yyyy-MM-dd), a day in Beijing time"));
            return null;
        }
    }
}
