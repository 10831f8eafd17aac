package org.complaintsuite.workflow.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.complaintsuite.support.security.SuiteSecurity;

import static org.complaintsuite.support.security.Role.AGENT;
import static org.complaintsuite.support.security.Role.OPERATIONS;
import static org.complaintsuite.support.security.Role.SUPERVISOR;
import static org.complaintsuite.support.security.Role.names;

/**
 * Case data is personal data (domain brief §8): case data needs an agent's or a supervisor's role; transfers, proxy
 * reviews, merges, approvals of extensions and the personal-data access log a supervisor's. How tokens are checked
 * is the suite's ({@link SuiteSecurity}). Whether a user may assign a case to someone else depends on the request's
 * body and is checked by the case API itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The commands on a case only a supervisor gives (an agent may request a regulator extension). */
    private static final String[] SUPERVISOR_COMMANDS = {"/api/v1/cases/*/transfer", "/api/v1/cases/*/proxy-review",
            "/api/v1/cases/*/merge", "/api/v1/cases/*/regulator-extension/approval"};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SuiteSecurity suite) throws Exception {
        return suite.filterChain(http, requests -> requests
                .requestMatchers(HttpMethod.POST, SUPERVISOR_COMMANDS).hasRole(SUPERVISOR.name())
                .requestMatchers("/api/v1/cases/*/access-log", "/api/v1/audit/**").hasRole(SUPERVISOR.name())
                .requestMatchers("/api/v1/cases/**").hasAnyRole(names(AGENT, SUPERVISOR))
                .requestMatchers("/api/v1/care-tasks/**", "/api/v1/care-tasks").hasAnyRole(names(AGENT, SUPERVISOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/quality-findings/*/review").hasRole(SUPERVISOR.name())
                .requestMatchers("/api/v1/quality-findings/**", "/api/v1/quality-findings")
                .hasAnyRole(names(SUPERVISOR, OPERATIONS))
                .requestMatchers(HttpMethod.GET, "/api/v1/agents").hasAnyRole(names(SUPERVISOR, OPERATIONS))
                .requestMatchers("/api/v1/agents/**").hasRole(OPERATIONS.name())
                .requestMatchers("/api/v1/inbox/**").hasAnyRole(names(AGENT, SUPERVISOR, OPERATIONS))
                .requestMatchers("/api/v1/metrics/**").hasAnyRole(names(OPERATIONS, SUPERVISOR))
                .requestMatchers("/api/v1/dead-letters/**").hasRole(OPERATIONS.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").authenticated()
                .requestMatchers("/api/v1/calendar/**").hasRole(OPERATIONS.name()));
    }
}
