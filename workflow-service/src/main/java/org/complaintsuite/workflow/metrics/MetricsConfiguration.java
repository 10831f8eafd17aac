package org.complaintsuite.workflow.metrics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The gauges are refreshed on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MetricsConfiguration {
}
