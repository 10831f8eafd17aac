package org.complaintsuite.console.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.core.Authentication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Local profile: a short-lived HS256 JWT per call, signed with the secret workflow checks tokens with, carrying the
 * user's name, roles and groups (the claims scripts/dev-token.sh mints).
 */
public final class LocalTokens implements ServiceTokens {

    static final int MIN_SECRET_BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final SecretKeySpec key;
    private final LocalTokenProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    public LocalTokens(LocalTokenProperties properties, JsonMapper json, Clock clock) {
        byte[] secret = properties.secret().getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("console.local.token.secret (SUITE_JWT_SECRET) must be the secret "
                    + "workflow-service checks tokens with, at least " + MIN_SECRET_BYTES + " bytes; it is "
                    + secret.length + ".");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String bearerFor(Authentication authentication) {
        ConsoleUser user = ConsoleUser.of(authentication);
        Instant now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.name());
        claims.put("preferred_username", user.name());
        claims.put("roles", user.roles());
        claims.put("groups", user.groups());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(properties.ttl()).getEpochSecond());
        String input = HEADER + "." + BASE64URL.encodeToString(json.writeValueAsBytes(claims));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return input + "." + BASE64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }
}
