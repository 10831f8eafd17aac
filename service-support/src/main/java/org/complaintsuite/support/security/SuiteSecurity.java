package org.complaintsuite.support.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Builds a service's filter chain around its own endpoint rules. Open to everyone: health (and its groups), the API
 * description and Swagger UI, and the error page; {@code /actuator/prometheus} needs {@link Role#OPERATIONS}; after
 * the service's rules, everything else needs a valid token. Stateless: no session, no cookie, hence no CSRF token.
 */
public final class SuiteSecurity {

    /** Open to everyone in every service. */
    public static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    public static final String PROMETHEUS_PATH = "/actuator/prometheus";

    private final JwtDecoder decoder;
    private final SuiteJwtUserConverter users;
    private final ProblemSecurityHandlers problems;

    SuiteSecurity(JwtDecoder decoder, SuiteJwtUserConverter users, ProblemSecurityHandlers problems) {
        this.decoder = decoder;
        this.users = users;
        this.problems = problems;
    }

    public SecurityFilterChain filterChain(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC_PATHS).permitAll()
                            .requestMatchers(PROMETHEUS_PATH).hasRole(Role.OPERATIONS.name());
                    rules.customize(requests);
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(users))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
