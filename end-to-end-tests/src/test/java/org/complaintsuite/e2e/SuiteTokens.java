package org.complaintsuite.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens for the services of the end-to-end suite, which are started with {@link #SECRET} as their local
 * token secret (SUITE_JWT_SECRET): HS256 JWTs as scripts/dev-token.sh mints them.
 */
public final class SuiteTokens {

    public static final String SECRET = "end-to-end-tests-only-suite-jwt-secret";

    private SuiteTokens() {
    }

    /** A token of {@code user} with one role, valid for an hour. */
    public static String of(String user, String role) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String payload = "{\"sub\":\"%s\",\"preferred_username\":\"%s\",\"roles\":[\"%s\"],\"iat\":%d,\"exp\":%d}"
                .formatted(user, user, role, now, now + 3600);
        var encoder = Base64.getUrlEncoder().withoutPadding();
        String input = encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + encoder.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }
}
