package org.complaintsuite.workflow.sla;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param firstContact time allowed from receipt to the first contact with the customer (regulatory rule: 48 h)
 */
@Validated
@ConfigurationProperties("workflow.sla")
public record SlaProperties(@NotNull @DefaultValue("48h") Duration firstContact) {
}
