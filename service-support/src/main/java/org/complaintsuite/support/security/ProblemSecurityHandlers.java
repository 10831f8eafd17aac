package org.complaintsuite.support.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.support.web.Problems;

/**
 * 401 and 403 as {@code application/problem+json}, like every other error of the API, keeping the
 * {@code WWW-Authenticate} header of RFC 6750 that tells a client what was wrong with its token. These answers are
 * made by the security filters, before any controller, so the MVC exception handlers never see them. Neither
 * answer repeats anything of the request (path, token, claims): what a caller sent is never echoed back.
 */
public final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final URI UNAUTHENTICATED = Problems.type("unauthenticated");
    public static final URI FORBIDDEN = Problems.type("forbidden");

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    private final JsonMapper json;

    public ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        bearerEntryPoint.commence(request, response, exception);
        write(response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Unauthenticated",
                request.getHeader("Authorization") == null
                        ? "Authentication is required: send a bearer token (Authorization: Bearer <token>)."
                        : "The bearer token was not accepted: it is malformed, expired, or not signed by a trusted "
                                + "issuer.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        bearerAccessDenied.handle(request, response, exception);
        write(response, HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden",
                "Your roles do not allow this request.");
    }

    private void write(HttpServletResponse response, HttpStatus status, URI type,
            String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
