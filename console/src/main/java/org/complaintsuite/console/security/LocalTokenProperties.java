package org.complaintsuite.console.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the local profile signs the tokens it calls workflow with.
 *
 * @param secret the HMAC secret workflow checks tokens with (SUITE_JWT_SECRET, at least 32 bytes)
 * @param ttl    how long a token is valid: one is minted per call, so a short time is enough
 */
@Validated
@ConfigurationProperties("console.local.token")
public record LocalTokenProperties(@DefaultValue("") String secret, @NotNull @DefaultValue("5m") Duration ttl) {
}
