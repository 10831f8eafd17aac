package org.complaintsuite.workflow.inbox;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The alert inbox.
 *
 * @param consumerGroup            the Kafka consumer group reading {@code sla.alerts} into the inbox
 * @param supervisorsFromThreshold from this share of a clock's time on (percent), warnings also reach the group's
 *                                 supervisors; breaches always do
 * @param groupsClaim              the token claim listing the user's specialist groups; a token without it belongs
 *                                 to no group
 * @param maxPageSize              the most items one page of {@code GET /api/v1/inbox} may ask for
 * @param stream                   the live stream ({@code GET /api/v1/inbox/stream})
 * @param notifications            how an instance hears of items another instance stored
 */
@Validated
@ConfigurationProperties("workflow.inbox")
public record InboxProperties(
        @NotBlank @DefaultValue("workflow-inbox") String consumerGroup,
        @Min(1) @Max(100) @DefaultValue("90") int supervisorsFromThreshold,
        @NotBlank @DefaultValue("groups") String groupsClaim,
        @Min(1) @Max(1000) @DefaultValue("100") int maxPageSize,
        @Valid @NotNull @DefaultValue Stream stream,
        @Valid @NotNull @DefaultValue Notifications notifications) {

    /**
     * @param maxOpen   the most streams open at once on one instance; one more is answered 503
     * @param timeout   how long a stream stays open; the browser's EventSource then reconnects
     * @param heartbeat how often an idle stream gets a comment, so that proxies keep it open and dead clients are
     *                  found
     */
    public record Stream(
            @Min(1) @Max(100_000) @DefaultValue("500") int maxOpen,
            @NotNull @DefaultValue("30m") Duration timeout,
            @NotNull @DefaultValue("15s") Duration heartbeat) {
    }

    /**
     * @param pollTimeout    how long the listening connection waits for a notification before checking it is still
     *                       wanted
     * @param reconnectDelay the pause before listening again after the connection failed
     * @param catchUpLimit   after a reconnection, the most alerts stored meanwhile that are still streamed
     */
    public record Notifications(
            @NotNull @DefaultValue("500ms") Duration pollTimeout,
            @NotNull @DefaultValue("5s") Duration reconnectDelay,
            @Min(0) @Max(10_000) @DefaultValue("200") int catchUpLimit) {
    }
}
