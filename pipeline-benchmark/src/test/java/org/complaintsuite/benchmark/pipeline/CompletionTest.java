package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionTest {

    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void eachStepIsTimedFromTheSendAndTheRateRunsFromTheFirstSendToTheLastAssessment() {
        List<CaseProgress> complaints = List.of(
                progress(0, 100, 300, 400),
                progress(500, 700, 900, 1000),
                progress(1000, 1100, 1900, 2000));

        Completion done = Completion.of(complaints);

        assertThat(done.sent()).isEqualTo(3);
        assertThat(done.assessed()).isEqualTo(3);
        assertThat(done.toCase().p50()).isEqualTo(100);
        assertThat(done.toRisk().max()).isEqualTo(900);
        assertThat(done.toAssessed().p99()).isEqualTo(1000);
        assertThat(done.assessedRate()).isEqualTo(1.5);
        assertThat(done.drainAfterLoad()).isEqualTo(Duration.ofSeconds(1));
        assertThat(done.backlogAtLoadEnd()).isEqualTo(1);
        assertThat(done.keptUp(Duration.ofSeconds(5))).isTrue();
        assertThat(done.keptUp(Duration.ofMillis(999))).isFalse();
    }

    @Test
    void aComplaintNotAssessedMeansThePipelineDidNotKeepUp() {
        CaseProgress waiting = new CaseProgress(T0);
        waiting.saw(T0.plusMillis(50), null, null);

        Completion done = Completion.of(List.of(progress(0, 10, 20, 30), waiting));

        assertThat(done.cases()).isEqualTo(2);
        assertThat(done.assessed()).isEqualTo(1);
        assertThat(done.backlogAtLoadEnd()).isEqualTo(2);
        assertThat(done.keptUp(Duration.ofHours(1))).isFalse();
    }

    @Test
    void theFirstTimeOfEachStepIsKeptWhenALaterPollSeesAReassessment() {
        CaseProgress progress = progress(0, 100, 200, 300);

        progress.saw(T0.plusMillis(100), T0.plusMillis(5_000), T0.plusMillis(5_100));

        assertThat(progress.riskAt()).isEqualTo(T0.plusMillis(200));
        assertThat(progress.onCaseAt()).isEqualTo(T0.plusMillis(300));
    }

    @Test
    void nothingSentHasNoRate() {
        Completion done = Completion.of(List.of());

        assertThat(done.assessedRate()).isNaN();
        assertThat(done.toAssessed().isEmpty()).isTrue();
    }

    private static CaseProgress progress(long sent, long caseAt, long riskAt, long onCase) {
        CaseProgress progress = new CaseProgress(T0.plusMillis(sent));
        progress.saw(T0.plusMillis(caseAt), T0.plusMillis(riskAt), T0.plusMillis(onCase));
        return progress;
    }
}
