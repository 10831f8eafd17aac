package org.complaintsuite.workflow.cases;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.complaintsuite.support.web.Problems;

/**
 * The case API's own answers, ahead of the shared handler (which would answer 500 to what it does not know): a stale
 * version is a 409 of its own type carrying the current version, a missing version 428, a command the user's roles
 * do not allow 403.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseApiExceptionHandler {

    static final java.net.URI STALE_VERSION = Problems.type("stale-version");
    static final java.net.URI PRECONDITION_REQUIRED = Problems.type("precondition-required");
    static final java.net.URI FORBIDDEN = Problems.type("forbidden");

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleVersionException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, STALE_VERSION, "Stale version", ex.getMessage());
        problem.setProperty("currentVersion", ex.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** The database's own version check: another change slipped in between reading and writing the case. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> optimisticLock(ObjectOptimisticLockingFailureException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, STALE_VERSION,
                "Stale version", "The case was changed meanwhile: read it again and retry."));
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException ex) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(Problems.of(
                HttpStatus.PRECONDITION_REQUIRED, PRECONDITION_REQUIRED, "Version required", ex.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden", ex.getMessage()));
    }
}
