package org.complaintsuite.workflow.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.complaintsuite.workflow.TestTokens;

/** Bearer tokens with a {@code groups} claim, as the identity provider issues them to agents and supervisors. */
final class InboxTokens {

    private InboxTokens() {
    }

    /** A token of {@code user} with these roles and groups; no groups: a token without the claim. */
    static String of(String user, List<String> roles, List<String> groups) {
        var key = new SecretKeySpec(TestTokens.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder().subject("id-" + user).claim("preferred_username", user)
                .claim("roles", roles).issuedAt(now).expiresAt(now.plus(Duration.ofHours(1)));
        if (!groups.isEmpty()) {
            claims.claim("groups", groups);
        }
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    static RequestPostProcessor as(String user, List<String> roles, List<String> groups) {
        String token = of(user, roles, groups);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    static RequestPostProcessor agent(String user, String... groups) {
        return as(user, List.of("AGENT"), List.of(groups));
    }

    static RequestPostProcessor supervisor(String user, String... groups) {
        return as(user, List.of("SUPERVISOR"), List.of(groups));
    }
}
