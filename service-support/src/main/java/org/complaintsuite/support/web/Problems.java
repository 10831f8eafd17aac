package org.complaintsuite.support.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Problem details (RFC 9457) with stable {@code type} URIs, so that clients can branch on the type rather than
 * on the wording.
 */
public final class Problems {

    public static final URI INVALID_REQUEST = type("invalid-request");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI CONFLICT = type("conflict");
    public static final URI UNAVAILABLE = type("unavailable");
    public static final URI INTERNAL_ERROR = type("internal-error");

    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create("urn:complaintsuite:problem:" + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** A 400 listing every offending field. */
    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), INVALID_REQUEST, "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One thing wrong with a request: where ({@code field}, a JSON path such as {@code messages[0].sentAt}) and what. */
    public record FieldError(String field, String message) {
    }
}
