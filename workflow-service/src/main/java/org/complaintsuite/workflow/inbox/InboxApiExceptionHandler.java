package org.complaintsuite.workflow.inbox;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.complaintsuite.support.web.Problems;

/** The inbox API's own answer, ahead of the shared handler: too many streams open is a 503 to retry later. */
@RestControllerAdvice(assignableTypes = InboxController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InboxApiExceptionHandler {

    static final URI TOO_MANY_STREAMS = Problems.type("too-many-streams");
    private static final String RETRY_AFTER_SECONDS = "30";

    @ExceptionHandler(InboxStreams.TooManyStreamsException.class)
    ResponseEntity<ProblemDetail> tooManyStreams(InboxStreams.TooManyStreamsException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, TOO_MANY_STREAMS, "Too many streams",
                        ex.getMessage()));
    }
}
