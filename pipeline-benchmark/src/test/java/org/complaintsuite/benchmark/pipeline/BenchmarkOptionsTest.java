package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchmarkOptionsTest {

    @Test
    void theFullRunsDefaultsAreTheOnesTheUsageStates() {
        BenchmarkOptions options = BenchmarkOptions.parse();

        assertThat(options.rates()).containsExactly(250.0, 500.0, 1000.0, 1500.0);
        assertThat(options.seconds("duration")).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.intValue("backlog")).isEqualTo(100_000);
        assertThat(options.intValue("burst-size")).isEqualTo(1000);
        assertThat(options.get("db-password")).isEmpty();
        assertThat(options.list("scenarios")).containsExactlyElementsOf(BenchmarkOptions.SCENARIOS);
        assertThat(options.flag("quick")).isFalse();
    }

    @Test
    void quickTakesTheBracketedDefaultsAndLeavesTheOthers() {
        BenchmarkOptions options = BenchmarkOptions.parse("--quick");

        assertThat(options.flag("quick")).isTrue();
        assertThat(options.rates()).containsExactly(50.0, 100.0);
        assertThat(options.intValue("duration")).isEqualTo(10);
        assertThat(options.intValue("backlog")).isEqualTo(2000);
        assertThat(options.intValue("keep-up")).isEqualTo(5);
        assertThat(options.get("backlog-topic")).isEqualTo("received");
    }

    @Test
    void givenOptionsWinOverQuicksDefaults() {
        BenchmarkOptions options = BenchmarkOptions.parse("--rates=300", "--quick", "--scenarios=rest,reference");

        assertThat(options.rates()).containsExactly(300.0);
        assertThat(options.runs("rest")).isTrue();
        assertThat(options.runs("backlog")).isFalse();
    }

    @Test
    void anUnknownOptionOrScenarioIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--rate=3"))
                .withMessageContaining("unknown argument --rate=3");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--scenarios=rest,chat"))
                .withMessageContaining("unknown scenario chat");
    }

    @Test
    void theReportedCommandLeavesOutTheRunDirectoryTheScriptAdds() {
        String[] args = {"--run-dir=/work/x/.local-run", "--quick"};

        assertThat(BenchmarkOptions.parse(args).commandLine(args)).isEqualTo("scripts/benchmark-pipeline.sh --quick");
    }

    @Test
    void theRawTopicCountDefaultsToWhatTheFirstRateSends() {
        assertThat(RawTopicScenario.defaultCount(BenchmarkOptions.parse("--quick"))).isEqualTo(500);
        assertThat(RawTopicScenario.defaultCount(BenchmarkOptions.parse("--raw-count=7"))).isEqualTo(7);
    }
}
