package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything one run measured, for the report: the setting, each scenario's result (null when it did not run) and
 * the samples taken every second.
 */
record Results(
        Instant startedAt,
        Instant finishedAt,
        String command,
        String code,
        Machine machine,
        String loadAverageAtEnd,
        SuiteSettings settings,
        AssessedOnCase assessedOnCase,
        RestIntakeScenario.@Nullable Result rest,
        RawTopicScenario.@Nullable Result raw,
        AgencyBurstScenario.@Nullable Result burst,
        BacklogScenario.@Nullable Result backlog,
        ReferenceLimits.@Nullable Figures reference,
        List<LagSample> lag,
        List<CpuSample> cpu,
        List<RiskQueueSample> queues,
        boolean queuesReadable) {
}
