package org.complaintsuite.workflow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.complaintsuite.testsupport.security.SuiteTestTokens;

/** Bearer tokens as the identity provider would issue them, signed with the tests' secret (application.properties). */
public final class TestTokens {

    public static final String SECRET = SuiteTestTokens.SECRET;

    private TestTokens() {
    }

    /** A token of {@code user} (claim {@code preferred_username}) with these roles, valid for an hour. */
    public static String of(String user, String... roles) {
        return sign(SECRET, user, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    public static String sign(String secret, String user, Instant expiresAt, String... roles) {
        SecretKey key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        var encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("id-" + user).claim("preferred_username", user)
                .claim("roles", List.of(roles)).issuedAt(expiresAt.minus(Duration.ofHours(2))).expiresAt(expiresAt)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    /** Sends the request as {@code user} with these roles. */
    public static RequestPostProcessor as(String user, String... roles) {
        String token = of(user, roles);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
