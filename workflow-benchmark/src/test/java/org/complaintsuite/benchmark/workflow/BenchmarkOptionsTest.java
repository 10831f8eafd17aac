package org.complaintsuite.benchmark.workflow;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchmarkOptionsTest {

    @Test
    void theDefaultsAreTheOnesTheUsageStates() {
        BenchmarkOptions options = BenchmarkOptions.parse();

        assertThat(options.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/workflow_benchmark");
        assertThat(options.get("password")).isEmpty();
        assertThat(options.cases()).isEqualTo(5_000_000);
        assertThat(options.intValue("days")).isEqualTo(730);
        assertThat(options.intValue("trigger-samples")).isEqualTo(1000);
        assertThat(options.seed()).isEqualTo(20251001);
        assertThat(options.skipLoad()).isFalse();
        assertThat(options.get("target-p99-ms")).isEqualTo("200");
        assertThat(options.get("report")).endsWith("target/benchmark-report.md");
    }

    @Test
    void givenOptionsReplaceTheDefaultsAndAFlagAloneMeansTrue() {
        BenchmarkOptions options = BenchmarkOptions.parse("--cases=300_000", "--skip-load",
                "--end=2026-12-06T04:17:07Z", "--database=other");

        assertThat(options.cases()).isEqualTo(300_000);
        assertThat(options.skipLoad()).isTrue();
        assertThat(options.end()).isEqualTo(Instant.parse("2026-12-06T04:17:07Z"));
        assertThat(options.url()).endsWith("/other");
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--sample=3"))
                .withMessageContaining("unknown argument --sample=3").withMessageContaining("Options (--name=value)");
    }
}
