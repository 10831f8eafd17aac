package org.complaintsuite.workflow.inbox.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code initial}, then each time {@code multiplier} times longer, never
 * longer than {@code max}; after {@code maxAttempts} attempts, never.
 */
public record WebhookBackoff(int maxAttempts, Duration initial, double multiplier, Duration max) {

    /** The pause after the given number of failed attempts (1 for the first), or empty when it is given up. */
    public Optional<Duration> afterFailedAttempts(int attempts) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
        return Optional.of(millis >= max.toMillis() ? max : Duration.ofMillis((long) millis));
    }
}
