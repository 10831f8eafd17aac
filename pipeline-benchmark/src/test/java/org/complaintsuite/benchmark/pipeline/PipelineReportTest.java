package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineReportTest {

    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void theReportStatesTheMachineTheSettingsAndTheCommand() {
        String report = PipelineReport.render(results(null, List.of()), Duration.ofSeconds(5));

        assertThat(report).startsWith("# Pipeline benchmark")
                .contains("`scripts/benchmark-pipeline.sh --quick`")
                .contains("2 cores, 23.5 GiB memory")
                .contains("| complaints.received | 3 |")
                .contains("| workflow-service | 1 |")
                .contains("| autovacuum | on |")
                .contains("`case_event`")
                .doesNotContain("## 1. REST intake")
                .doesNotContain("Autovacuum is off");
    }

    @Test
    void theReportWarnsWhenPostgresqlRunsWithoutAutovacuum() {
        Results withoutAutovacuum = results(null, List.of(), settings("off"));

        assertThat(PipelineReport.render(withoutAutovacuum, Duration.ofSeconds(5)))
                .contains("| autovacuum | off |")
                .contains("**Autovacuum is off on this PostgreSQL server**");
    }

    @Test
    void theRestSectionShowsIntakeAndEndToEndFiguresPerRunAndTheHighestRateKeptUp() {
        LoadResult kept = new LoadResult("250/s open loop", 250, 1000, 1000, Map.of(), Duration.ofSeconds(4),
                new LatencySummary(1000, 12, 30, 80, 150));
        LoadResult missed = new LoadResult("500/s open loop", 500, 2000, 1990, Map.of("HTTP 503", 10L),
                Duration.ofSeconds(4), new LatencySummary(1990, 40, 300, 900, 2100));
        RestIntakeScenario.Result rest = new RestIntakeScenario.Result(List.of(
                new RestIntakeScenario.Step("rest 250/s", kept, completion(1000, 2), true),
                new RestIntakeScenario.Step("rest 500/s", missed, completion(1990, 30), false)));

        String report = PipelineReport.render(results(rest, List.of()), Duration.ofSeconds(5));

        assertThat(report).contains("## 1. REST intake")
                .contains("| 250/s open loop | 1,000 | 250/s | 12 ms / 30 ms / 80 ms / 150 ms | 0 |")
                .contains("| 500/s open loop | 1,990 | 498/s | 40 ms / 300 ms / 900 ms / 2100 ms | 10 (HTTP 503: 10) |")
                .contains("**Highest rate kept up**: 250/s.");
    }

    @Test
    void theLagSectionHasARowPerPhaseAndGroupWithASparkline() {
        List<LagSample> lag = new ArrayList<>();
        for (int second = 0; second < 4; second++) {
            lag.add(new LagSample(T0.plusSeconds(second), "backlog: drain", "risk-scoring-service",
                    "complaints.received", 0, 300 - second * 100L));
        }

        String report = PipelineReport.render(results(null, lag), Duration.ofSeconds(5));

        assertThat(report).contains("## Consumer lag over time")
                .contains("| backlog: drain | risk-scoring-service | 4 | 300 | 0 | `█▆▃▁` |");
    }

    private static Completion completion(long sent, long trailingSeconds) {
        List<CaseProgress> complaints = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            CaseProgress progress = new CaseProgress(T0.plusMillis(i * 4L));
            Instant assessed = T0.plusMillis(i * 4L + 100);
            if (i == sent - 1) {
                assessed = T0.plusMillis(i * 4L).plusSeconds(trailingSeconds);
            }
            progress.saw(T0.plusMillis(i * 4L + 20), T0.plusMillis(i * 4L + 80), assessed);
            complaints.add(progress);
        }
        return Completion.of(complaints);
    }

    private static SuiteSettings settings(String autovacuum) {
        return new SuiteSettings(Map.of("complaints.received", 3), Map.of("workflow-service", 1),
                Map.of("autovacuum", autovacuum, "fsync", "on"));
    }

    private static Results results(RestIntakeScenario.Result rest, List<LagSample> lag) {
        return results(rest, lag, settings("on"));
    }

    private static Results results(RestIntakeScenario.Result rest, List<LagSample> lag, SuiteSettings settings) {
        return new Results(T0, T0.plusSeconds(90), "scripts/benchmark-pipeline.sh --quick", "commit abc",
                new Machine(2, "23.5 GiB", "Linux", "OpenJDK 25", "1.00, 1.00, 1.00 (1, 5, 15 min)"), "2.00",
                settings,
                AssessedOnCase.TIMELINE, rest, null, null, null, null, lag, List.of(), List.of(), true);
    }
}
