package org.complaintsuite.risk.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.complaintsuite.support.security.SuiteSecurity;

import static org.complaintsuite.support.security.Role.AGENT;
import static org.complaintsuite.support.security.Role.INTAKE;
import static org.complaintsuite.support.security.Role.OPERATIONS;
import static org.complaintsuite.support.security.Role.SUPERVISOR;
import static org.complaintsuite.support.security.Role.names;

/**
 * Assessments carry the customer's words and rings every member's complaint id: agents and supervisors only. The
 * watch list decides who scores {@code WATCHLISTED}: anyone working cases or running the suite may read it, only a
 * supervisor changes it (and says why, WatchlistController). Text analysis holds nothing and is used by agents and
 * by channels' service accounts checking a text before they hand it in.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SuiteSecurity suite) throws Exception {
        return suite.filterChain(http, requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/assessments/**", "/api/v1/clusters/**")
                .hasAnyRole(names(AGENT, SUPERVISOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/watchlist", "/api/v1/watchlist/**")
                .hasAnyRole(names(AGENT, SUPERVISOR, OPERATIONS))
                .requestMatchers("/api/v1/watchlist", "/api/v1/watchlist/**").hasRole(SUPERVISOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/text-analysis").hasAnyRole(names(AGENT, SUPERVISOR, INTAKE)));
    }
}
