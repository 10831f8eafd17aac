package org.complaintsuite.risk.retention;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long risk scoring keeps what a complaint said, and how the purge runs.
 *
 * @param assessmentPersonalData how long after a complaint was received its stored payload and the customer's words in
 *                               its assessment's evidence are kept
 * @param purgeInterval          how often an instance looks for complaints to purge
 * @param batchSize              complaints purged in one transaction
 */
@Validated
@ConfigurationProperties("risk.retention")
public record RetentionProperties(
        @NotNull @DefaultValue("P180D") Duration assessmentPersonalData,
        @NotNull @DefaultValue("1h") Duration purgeInterval,
        @Min(1) @Max(10_000) @DefaultValue("500") int batchSize) {
}
