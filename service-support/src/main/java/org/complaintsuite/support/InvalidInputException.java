package org.complaintsuite.support;

import java.util.List;

import org.complaintsuite.support.web.Problems;

/**
 * Input that can never be processed as it is: answered 400 with the field list over REST, and dead-lettered at
 * once (never retried) on Kafka.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final transient List<Problems.FieldError> errors;

    public InvalidInputException(List<Problems.FieldError> errors) {
        super(errors.stream().map(error -> error.field() + " " + error.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public List<Problems.FieldError> errors() {
        return errors;
    }
}
