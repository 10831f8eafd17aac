package org.complaintsuite.workflow.metrics;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SlaQueryTest {

    @Test
    void aPeriodIsTwoBeijingDatesAndAnOptionalBreakdown() {
        SlaQuery query = SlaQuery.parse("2025-01-01", "2026-01-01", "Day", 366);
        assertThat(query.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(query.to()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(query.groupBy()).isEqualTo(SlaQuery.GroupBy.DAY);
        assertThat(SlaQuery.parse("2025-01-01", "2025-01-02", null, 366).groupBy()).isNull();
    }

    @Test
    void everyWrongParameterIsReportedAtOnce() {
        var error = catchThrowableOfType(InvalidInputException.class,
                () -> SlaQuery.parse(null, "2025-13-01", "week", 366));
        assertThat(error.errors()).extracting(Problems.FieldError::field).containsExactly("from", "to", "groupBy");
    }

    @Test
    void thePeriodMustBeForwardAndNotLongerThanTheMaximum() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> SlaQuery.parse("2025-02-01", "2025-01-01", null, 366)).errors())
                .containsExactly(new Problems.FieldError("to", "must be after from (the period is [from, to))"));
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> SlaQuery.parse("2025-01-01", "2025-01-09", null, 7)).errors())
                .containsExactly(new Problems.FieldError("to", "must be at most 7 days after from"));
    }
}
