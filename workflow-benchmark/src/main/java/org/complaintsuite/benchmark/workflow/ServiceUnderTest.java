package org.complaintsuite.benchmark.workflow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import org.complaintsuite.workflow.WorkflowApplication;

/**
 * The workflow application itself, started in this JVM on the loaded database: its HTTP server on a free port, no
 * Kafka listeners, bearer tokens checked with a secret of this run only.
 */
final class ServiceUnderTest implements AutoCloseable {

    private final String jwtSecret = "benchmark-" + UUID.randomUUID() + "-" + UUID.randomUUID();
    private final ConfigurableApplicationContext app;

    private ServiceUnderTest(BenchmarkOptions options) {
        SlaMetricsBenchmark.log("starting workflow-service on " + options.url());
        // as command-line arguments, which take precedence over the service's application.yml
        app = new SpringApplicationBuilder(WorkflowApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + options.url(),
                "--spring.datasource.username=" + options.get("user"),
                "--spring.datasource.password=" + options.get("password"),
                // no broker: the metrics do not need one, and nothing is consumed or published while measuring
                "--spring.kafka.bootstrap-servers=127.0.0.1:9",
                "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.admin.auto-create=false",
                "--spring.main.banner-mode=off",
                "--suite.security.jwt-secret=" + jwtSecret);
        SlaMetricsBenchmark.log("workflow-service listening on port " + port());
    }

    static ServiceUnderTest start(BenchmarkOptions options) {
        return new ServiceUnderTest(options);
    }

    int port() {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "8083"));
    }

    /** An operations user's token, as the firm's identity provider would issue it (the metrics need OPERATIONS). */
    String authorization() {
        SecretKey key = new SecretKeySpec(jwtSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        var encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder().subject("benchmark").claim("preferred_username", "benchmark")
                .claim("roles", List.of("OPERATIONS")).issuedAt(now).expiresAt(now.plus(Duration.ofHours(12))).build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return "Bearer " + token;
    }

    @Override
    public void close() {
        app.close();
    }
}
