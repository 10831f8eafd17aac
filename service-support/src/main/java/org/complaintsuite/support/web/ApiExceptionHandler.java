package org.complaintsuite.support.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamReadException;

import org.complaintsuite.support.ConflictException;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.NotFoundException;
import org.complaintsuite.support.ServiceUnavailableException;
import tools.jackson.databind.DatabindException;

/**
 * Every REST error as {@code application/problem+json}. Bad input is answered 4xx saying what is wrong, field by
 * field; an unexpected failure is answered 500 with a reference to the log and nothing of the exception.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(new Problems.FieldError(error.getField(),
                error.isBindingFailure() ? bindingFailure(ex.getBindingResult().getFieldType(error.getField()))
                        : error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new Problems.FieldError(
                error.getObjectName(), error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        errors.sort(java.util.Comparator.comparing(Problems.FieldError::field));
        return ResponseEntity.badRequest().body(Problems.invalid("The request body has invalid fields.", errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        ProblemDetail problem;
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            problem = Problems.invalid("The request body has a field of the wrong type or format.",
                    List.of(new Problems.FieldError(jsonPath(databind), describe(databind))));
        }
        else if (cause instanceof StreamReadException read && read.getLocation() != null) {
            problem = Problems.invalid("The request body is not well-formed JSON (line %d, column %d)."
                    .formatted(read.getLocation().getLineNr(), read.getLocation().getColumnNr()), List.of());
        }
        else {
            problem = Problems.invalid("The request body is missing or is not readable JSON.", List.of());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
        return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid fields.", ex.errors()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", ex.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict", ex.getMessage()));
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException ex) {
        log.warn("Answering 503: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE, "Temporarily unavailable",
                        ex.getMessage() + " Nothing was accepted; retrying the same request is safe."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR, "Internal error",
                "The request could not be completed. Reference: " + reference));
    }

    /** {@code messages[0].sentAt} from Jackson's path of property names and array indexes. */
    static String jsonPath(DatabindException exception) {
        StringBuilder path = new StringBuilder();
        for (var reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A query parameter that could not be converted (an unknown {@code group}, a malformed date): says what is
     * allowed and never repeats the value, whose default message Spring would quote in full.
     */
    private static String bindingFailure(@Nullable Class<?> type) {
        return type == null ? "has the wrong type or format" : "has the wrong type or format, expected " + readable(type);
    }

    private static String describe(DatabindException exception) {
        if (exception instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "has the wrong type or format, expected " + readable(mismatch.getTargetType());
        }
        return "has the wrong type or format";
    }

    private static String readable(Class<?> type) {
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an ISO-8601 date-time";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }
}
