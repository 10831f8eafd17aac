package org.complaintsuite.console.workflow;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What workflow answered when it refused a request (RFC 9457 problem details), for the page to explain.
 *
 * @param status         the HTTP status
 * @param type           the stable problem type, e.g. {@code urn:complaintsuite:problem:stale-version}
 * @param currentVersion on a stale version: the case's version now
 * @param errors         on 400: what is wrong with each field
 */
public record WorkflowProblem(int status, @Nullable String type, @Nullable String title, @Nullable String detail,
        @Nullable Long currentVersion, List<FieldError> errors) {

    public record FieldError(@Nullable String field, @Nullable String message) {
    }

    public boolean staleVersion() {
        return status == 409;
    }
}
