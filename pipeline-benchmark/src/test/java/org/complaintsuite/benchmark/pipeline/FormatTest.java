package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FormatTest {

    @Test
    void ratesAreWholeAboveAHundredAndToOneDecimalBelow() {
        assertThat(Format.rate(1234.4)).isEqualTo("1,234/s");
        assertThat(Format.rate(56.78)).isEqualTo("56.8/s");
        assertThat(Format.rate(Double.NaN)).isEqualTo("–");
    }

    @Test
    void durationsAreMillisecondsBelowTenSecondsAndSecondsAbove() {
        assertThat(Format.millis(734)).isEqualTo("734 ms");
        assertThat(Format.millis(12_345)).isEqualTo("12.3 s");
        assertThat(Format.seconds(Duration.ofMillis(1_500))).isEqualTo("1.5 s");
    }

    @Test
    void latenciesReadP50P90P99AndMax() {
        assertThat(Format.latencies(new LatencySummary(10, 5, 9, 20, 12_000)))
                .isEqualTo("5 ms / 9 ms / 20 ms / 12.0 s");
        assertThat(Format.latencies(LatencySummary.EMPTY)).isEqualTo("–");
    }

    @Test
    void aMarkdownTableEscapesPipesAndKeepsItsColumns() {
        String table = new MarkdownTable("run", "errors").row("500/s", "HTTP 503: 2 | timeouts").render();

        assertThat(table).isEqualTo("""
                | run | errors |
                | --- | --- |
                | 500/s | HTTP 503: 2 \\| timeouts |
                """);
        assertThatIllegalArgumentException().isThrownBy(() -> new MarkdownTable("a", "b").row("only one"));
    }
}
