package org.complaintsuite.testsupport.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens for the services' tests, signed with {@link #SECRET} (each service's test
 * {@code suite.security.jwt-secret}), plus the malformed ones an attacker would try: no expiry, no signature
 * ({@code alg: none}), another secret. Built by hand rather than with an encoder so that a test can make tokens no
 * well-behaved encoder would.
 */
public final class SuiteTestTokens {

    public static final String SECRET = "complaint-suite-tests-only-hmac-secret-0123456789";

    private static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private SuiteTestTokens() {
    }

    /** A token of {@code user} with these roles, valid for an hour. */
    public static String of(String user, String... roles) {
        return signedWith(SECRET, user, roles);
    }

    public static String signedWith(String secret, String user, String... roles) {
        long now = Instant.now().getEpochSecond();
        return sign(secret, HS256, claims(user, roles) + ",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
    }

    /** A correctly signed token that never expires: the suite refuses it. */
    public static String withoutExpiry(String user, String... roles) {
        return sign(SECRET, HS256, claims(user, roles) + ",\"iat\":" + Instant.now().getEpochSecond() + "}");
    }

    /** An unsigned token ({@code alg: none}), valid for an hour if anyone took it. */
    public static String unsigned(String user, String... roles) {
        long now = Instant.now().getEpochSecond();
        String payload = claims(user, roles) + ",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload) + ".";
    }

    private static String claims(String user, String... roles) {
        String names = Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
        return "{\"sub\":\"id-%s\",\"preferred_username\":\"%s\",\"roles\":[%s]".formatted(user, user, names);
    }

    private static String sign(String secret, String header, String payload) {
        String input = encode(header) + "." + encode(payload);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + BASE64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }

    private static String encode(String json) {
        return BASE64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
