package org.complaintsuite.support;

import java.time.Duration;

/** A dependency (the broker, the database) is away: answered 503 with {@code Retry-After}. */
public class ServiceUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public ServiceUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
