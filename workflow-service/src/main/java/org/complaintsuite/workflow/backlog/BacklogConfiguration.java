package org.complaintsuite.workflow.backlog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BacklogProperties.class)
@EnableScheduling
class BacklogConfiguration {
}
