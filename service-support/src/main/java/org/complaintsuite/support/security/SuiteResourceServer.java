package org.complaintsuite.support.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite's resource server: how a token is checked and what a token's roles are, the same in every service.
 * Tokens are JWTs, checked against the identity provider's keys in production (Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*}) or against one local HMAC secret
 * ({@code suite.security.jwt-secret}, SUITE_JWT_SECRET) in development and tests; a service refuses to start with
 * neither, or with both, so that a development secret can never open a production instance. A token without
 * {@code exp} is refused whichever way it is checked: a token that never expires cannot be withdrawn.
 * <p>
 * Each service writes its own endpoint rules with {@link SuiteSecurity#filterChain}. Only a service with Spring
 * Security's resource server on its class path is one (the console, an OAuth2 client, is not).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet."
        + "OAuth2ResourceServerAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.springframework.security.config.annotation.web.builders.HttpSecurity",
        "org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter"})
@EnableConfigurationProperties(SuiteSecurityProperties.class)
public class SuiteResourceServer {

    static final String SECRET_PROPERTY = "suite.security.jwt-secret";
    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final int MIN_SECRET_BYTES = 32;

    /** Also added by Spring Boot to the decoder it builds from the issuer-uri or jwk-set-uri. */
    @Bean
    OAuth2TokenValidator<Jwt> expiryRequired() {
        return expiryRequiredValidator();
    }

    /** Tokens signed with the local secret (HS256), for development and tests only. */
    @Bean
    @Conditional(LocalSecretConfigured.class)
    JwtDecoder localSecretJwtDecoder(SuiteSecurityProperties properties, Environment environment) {
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
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(expiryRequiredValidator()));
        return decoder;
    }

    /**
     * No Micrometer observations of Spring Security's filter chain, authentication and authorization: a timer and
     * events around each of a dozen filters on every request took about a fifth of intake's CPU per complaint
     * (docs/performance.md). Requests are still timed as a whole ({@code http_server_requests}).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SuiteSecurity suiteSecurity(ObjectProvider<JwtDecoder> decoders, SuiteSecurityProperties properties,
            JsonMapper json) {
        JwtDecoder decoder = decoders.getIfAvailable();
        if (decoder == null) {
            throw new IllegalStateException("No way to check bearer tokens: set " + ISSUER_URI + " (or " + JWK_SET_URI
                    + ") to the identity provider's, or " + SECRET_PROPERTY + " (SUITE_JWT_SECRET) for a local run.");
        }
        return new SuiteSecurity(decoder, new SuiteJwtUserConverter(properties.rolesClaim()),
                new ProblemSecurityHandlers(json));
    }

    static OAuth2TokenValidator<Jwt> expiryRequiredValidator() {
        return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
    }

    /** A non-blank secret: the property is set, empty, when SUITE_JWT_SECRET is not. */
    static final class LocalSecretConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(SECRET_PROPERTY));
        }
    }
}
