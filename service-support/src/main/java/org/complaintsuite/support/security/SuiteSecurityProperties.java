package org.complaintsuite.support.security;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How bearer tokens are checked. In production the identity provider's keys are used
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}); for local runs and tests a
 * shared HMAC secret signs the tokens instead. Exactly one of the two must be configured.
 *
 * @param jwtSecret  the HMAC-SHA256 secret of locally minted tokens, at least 32 bytes ({@code SUITE_JWT_SECRET});
 *                   never set in production
 * @param rolesClaim the claim that lists the roles ({@link Role})
 */
@Validated
@ConfigurationProperties("suite.security")
public record SuiteSecurityProperties(@Nullable String jwtSecret, @NotBlank @DefaultValue("roles") String rolesClaim) {
}
