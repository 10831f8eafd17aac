package org.complaintsuite.risk.api;

/** What the OpenAPI annotations of this service's controllers share. */
public final class ApiDocs {

    public static final String PROBLEM_JSON = "application/problem+json";

    public static final String INVALID = """
            {"type": "urn:complaintsuite:problem:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "The request body has invalid fields.", "errors": [{"field": "text", "message": "must not be null"}]}""";

    public static final String NOT_FOUND = """
            {"type": "urn:complaintsuite:problem:not-found", "title": "Not found", "status": 404,
             "detail": "No assessment for complaint NFRA-GD-2025-004512."}""";

    private ApiDocs() {
    }
}
