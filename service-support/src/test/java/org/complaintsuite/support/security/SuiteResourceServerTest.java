package org.complaintsuite.support.security;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** When the suite's resource server starts, and which tokens its local decoder accepts. */
class SuiteResourceServerTest {

    private static final String SECRET = "suite-resource-server-test-secret-0123456789";

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SuiteResourceServer.class))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    @Test
    void aServiceWithNeitherSecretNorIssuerRefusesToStart() {
        runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .hasMessageContaining("No way to check bearer tokens"));
    }

    @Test
    void aServiceWithBothSecretAndIssuerRefusesToStart() {
        runner.withPropertyValues("suite.security.jwt-secret=" + SECRET,
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.example.com/realms/suite")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("remove the secret"));
    }

    @Test
    void aShortSecretIsRefused() {
        runner.withPropertyValues("suite.security.jwt-secret=too-short")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("at least 32 bytes"));
    }

    @Test
    void theLocalDecoderAcceptsASignedExpiringTokenAndNeedsExp() {
        runner.withPropertyValues("suite.security.jwt-secret=" + SECRET).run(context -> {
            JwtDecoder decoder = context.getBean(JwtDecoder.class);
            assertThat(context).hasSingleBean(SuiteSecurity.class);

            Jwt jwt = decoder.decode(Tokens.hs256(SECRET, "{\"sub\":\"u\",\"exp\":"
                    + Instant.now().plusSeconds(60).getEpochSecond() + "}"));
            assertThat(jwt.getSubject()).isEqualTo("u");
            assertThat(context.getBean("expiryRequired")).isNotNull();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> decoder.decode(Tokens.hs256(SECRET,
                    "{\"sub\":\"u\"}"))).hasMessageContaining("exp");
        });
    }

    /** HS256 by hand, so that a token without {@code exp} can be made. */
    static final class Tokens {

        static String hs256(String secret, String payload) throws Exception {
            var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
            String input = encoder.encodeToString("{\"alg\":\"HS256\"}".getBytes()) + "."
                    + encoder.encodeToString(payload.getBytes());
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(), "HmacSHA256"));
            return input + "." + encoder.encodeToString(mac.doFinal(input.getBytes()));
        }

        private Tokens() {
        }
    }
}
