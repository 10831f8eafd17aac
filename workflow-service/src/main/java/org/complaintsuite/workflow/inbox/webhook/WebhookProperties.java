package org.complaintsuite.workflow.inbox.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import org.complaintsuite.model.SlaAlertRaised;

/**
 * The outgoing webhook. Deliveries are written for every endpoint whose filter the alert passes, and sent by any
 * instance whose sender is enabled.
 *
 * @param senderEnabled     whether this instance sends (every instance may: they split the work)
 * @param interval          pause between two sender runs
 * @param batchSize         deliveries claimed and sent at once by one run
 * @param connectTimeout    the most a connection to a robot may take
 * @param requestTimeout    the most a robot may take to answer
 * @param claimLease        how long a claimed delivery is left to the instance that claimed it; one that died
 *                          mid-send leaves it to another after this (longer than the two timeouts together)
 * @param maxAttempts       attempts before a delivery is given up as FAILED
 * @param initialBackoff    the pause after the first failed attempt
 * @param backoffMultiplier each further pause is this many times the one before
 * @param maxBackoff        the longest pause between two attempts
 * @param endpoints         the robots
 */
@Validated
@ConfigurationProperties("workflow.inbox.webhook")
public record WebhookProperties(
        @DefaultValue("true") boolean senderEnabled,
        @NotNull @DefaultValue("2s") Duration interval,
        @Min(1) @Max(500) @DefaultValue("20") int batchSize,
        @NotNull @DefaultValue("3s") Duration connectTimeout,
        @NotNull @DefaultValue("5s") Duration requestTimeout,
        @NotNull @DefaultValue("1m") Duration claimLease,
        @Min(1) @Max(50) @DefaultValue("8") int maxAttempts,
        @NotNull @DefaultValue("10s") Duration initialBackoff,
        @DecimalMin("1.0") @DecimalMax("10.0") @DefaultValue("2.0") double backoffMultiplier,
        @NotNull @DefaultValue("15m") Duration maxBackoff,
        @NotNull @DefaultValue List<@Valid Endpoint> endpoints) {

    @AssertTrue(message = "endpoint names must be unique")
    public boolean isEndpointNamesUnique() {
        Set<String> names = new HashSet<>();
        return endpoints.stream().allMatch(endpoint -> names.add(endpoint.name()));
    }

    @AssertTrue(message = "the claim lease must be longer than the connect and request timeouts together")
    public boolean isClaimLeaseLongEnough() {
        return claimLease.compareTo(connectTimeout.plus(requestTimeout)) > 0;
    }

    public WebhookBackoff backoff() {
        return new WebhookBackoff(maxAttempts, initialBackoff, backoffMultiplier, maxBackoff);
    }

    /**
     * A robot.
     *
     * @param name         how logs and metrics call it (the URL carries the robot's token and never shows)
     * @param url          the robot's webhook URL, with its {@code access_token} (DingTalk) or {@code key} (WeCom)
     * @param format       the robot's message format
     * @param secret       DingTalk's signing secret ({@code SEC…}); also the key of our own signature header
     * @param minThreshold the lowest threshold (percent) sent; 100 sends breaches only
     * @param groups       the specialist groups whose alerts are sent; empty: every group
     */
    public record Endpoint(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String name,
            @NotNull URI url,
            @NotNull WebhookFormat format,
            @NotBlank String secret,
            @Min(1) @Max(100) @DefaultValue("90") int minThreshold,
            @NotNull @DefaultValue Set<String> groups) {

        public Endpoint {
            groups = Set.copyOf(groups);
        }

        @AssertTrue(message = "the url must be http or https")
        public boolean isHttpUrl() {
            return "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
        }

        public boolean accepts(SlaAlertRaised alert) {
            return alert.threshold() >= minThreshold && (groups.isEmpty() || groups.contains(alert.group()));
        }

        /** Without the secret and the URL's token: safe to log. */
        @Override
        public String toString() {
            return "Endpoint[name=" + name + ", host=" + url.getHost() + ", format=" + format + ", minThreshold="
                    + minThreshold + ", groups=" + groups + "]";
        }
    }
}
