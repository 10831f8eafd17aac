package org.complaintsuite.workflow.security;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case data is personal data (domain brief §8): every request but health, metrics scraping and the API description
 * needs a bearer token, and case data needs an agent's or a supervisor's role; transfers, proxy reviews, merges,
 * approvals of extensions and the personal-data access log a supervisor's. Tokens are JWTs, checked against the
 * identity provider's keys in production (Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}) or
 * against a local HMAC secret ({@code workflow.security.jwt-secret}) in development and tests; the service refuses
 * to start with neither, or with both, so that a development secret can never open a production instance.
 * <p>
 * Stateless: no session, no cookie, hence no CSRF token. Whether a user may assign a case to someone else depends on
 * the request's body and is checked by the case API itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SECRET_PROPERTY = "workflow.security.jwt-secret";
    private static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    private static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    private static final int MIN_SECRET_BYTES = 32;
    /** The commands on a case only a supervisor gives (an agent may request a regulator extension). */
    private static final String[] SUPERVISOR_COMMANDS = {"/api/v1/cases/*/transfer", "/api/v1/cases/*/proxy-review",
            "/api/v1/cases/*/merge", "/api/v1/cases/*/regulator-extension/approval"};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> decoders,
            SecurityProperties properties, JsonMapper json) throws Exception {
        JwtDecoder decoder = decoders.getIfAvailable();
        if (decoder == null) {
            throw new IllegalStateException("No way to check bearer tokens: set " + ISSUER_URI + " (or " + JWK_SET_URI
                    + ") to the identity provider's, or " + SECRET_PROPERTY
                    + " (WORKFLOW_JWT_SECRET) for a local run.");
        }
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, SUPERVISOR_COMMANDS).hasRole(Roles.SUPERVISOR)
                        .requestMatchers("/api/v1/cases/*/access-log", "/api/v1/audit/**").hasRole(Roles.SUPERVISOR)
                        .requestMatchers("/api/v1/cases/**").hasAnyRole(Roles.AGENT, Roles.SUPERVISOR)
                        .requestMatchers("/api/v1/inbox/**").hasAnyRole(Roles.AGENT, Roles.SUPERVISOR, Roles.OPERATIONS)
                        .requestMatchers("/api/v1/metrics/**").hasAnyRole(Roles.OPERATIONS, Roles.SUPERVISOR)
                        .requestMatchers("/api/v1/dead-letters/**").hasRole(Roles.OPERATIONS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").authenticated()
                        .requestMatchers("/api/v1/calendar/**").hasRole(Roles.OPERATIONS)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder)
                                .jwtAuthenticationConverter(new JwtUserConverter(properties.rolesClaim())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** Tokens signed with the local secret (HS256), for development and tests only. */
    @Bean
    @Conditional(LocalSecretConfigured.class)
    JwtDecoder localSecretJwtDecoder(SecurityProperties properties, Environment environment) {
        if (StringUtils.hasText(environment.getProperty(ISSUER_URI))
                || StringUtils.hasText(environment.getProperty(JWK_SET_URI))) {
            throw new IllegalStateException("Both an identity provider (" + ISSUER_URI + " / " + JWK_SET_URI
                    + ") and a local token secret (" + SECRET_PROPERTY + ") are configured: remove the secret.");
        }
        byte[] secret = Objects.requireNonNullElse(properties.jwtSecret(), "").getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException(SECRET_PROPERTY + " must be at least " + MIN_SECRET_BYTES
                    + " bytes long for HS256; it is " + secret.length + ".");
        }
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build();
    }

    /** A non-blank secret: the property is set, empty, when WORKFLOW_JWT_SECRET is not. */
    static final class LocalSecretConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(SECRET_PROPERTY));
        }
    }
}
