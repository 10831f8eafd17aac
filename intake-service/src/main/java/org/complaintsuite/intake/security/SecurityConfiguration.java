package org.complaintsuite.intake.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.complaintsuite.support.security.SuiteSecurity;

import static org.complaintsuite.support.security.Role.AGENT;
import static org.complaintsuite.support.security.Role.INTAKE;
import static org.complaintsuite.support.security.Role.names;

/**
 * A complaint is handed in by a channel's service account (the call-center front end, the app backend, the regulator
 * gateway: role {@code INTAKE}) or by an agent recording one by hand. Anyone else could flood the pipeline with cases
 * or plant a complaint under a customer's name.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SuiteSecurity suite) throws Exception {
        return suite.filterChain(http, requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/complaints/**").hasAnyRole(names(INTAKE, AGENT)));
    }
}
