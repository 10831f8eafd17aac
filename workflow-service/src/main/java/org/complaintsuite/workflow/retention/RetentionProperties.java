package org.complaintsuite.workflow.retention;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a closed case keeps its personal data, and how the purge runs.
 *
 * @param closedCasePersonalData how long after a case is closed (or withdrawn) its content and the customer's name,
 *                               phone, e-mail and address are kept
 * @param purgeInterval          how often an instance looks for cases to purge
 * @param batchSize              cases purged in one transaction
 */
@Validated
@ConfigurationProperties("workflow.retention")
public record RetentionProperties(
        @NotNull @DefaultValue("P180D") Duration closedCasePersonalData,
        @NotNull @DefaultValue("1h") Duration purgeInterval,
        @Min(1) @Max(10_000) @DefaultValue("200") int batchSize) {
}
