package org.complaintsuite.workflow.inbox.webhook;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookBackoffTest {

    private final WebhookBackoff backoff = new WebhookBackoff(5, Duration.ofSeconds(10), 2.0, Duration.ofSeconds(50));

    @Test
    void eachPauseIsTwiceTheOneBeforeUpToTheLongest() {
        assertThat(backoff.afterFailedAttempts(1)).contains(Duration.ofSeconds(10));
        assertThat(backoff.afterFailedAttempts(2)).contains(Duration.ofSeconds(20));
        assertThat(backoff.afterFailedAttempts(3)).contains(Duration.ofSeconds(40));
        assertThat(backoff.afterFailedAttempts(4)).contains(Duration.ofSeconds(50));
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsGivenUp() {
        assertThat(backoff.afterFailedAttempts(5)).isEqualTo(Optional.empty());
        assertThat(new WebhookBackoff(1, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(1)).afterFailedAttempts(1))
                .isEmpty();
    }
}
