package org.complaintsuite.console.workflow;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where workflow-service is and how long the console waits for it.
 *
 * @param baseUrl        workflow-service's root (WORKFLOW_URL)
 * @param connectTimeout the most a connection may take to open
 * @param readTimeout    the most an answer may take; a page rather shows "workflow is not answering" than hang
 */
@Validated
@ConfigurationProperties("console.workflow")
public record WorkflowProperties(
        @NotNull @DefaultValue("http://localhost:8083") URI baseUrl,
        @NotNull @DefaultValue("2s") Duration connectTimeout,
        @NotNull @DefaultValue("10s") Duration readTimeout) {
}
