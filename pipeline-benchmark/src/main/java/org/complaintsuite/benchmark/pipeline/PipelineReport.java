package org.complaintsuite.benchmark.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the run's report, {@code pipeline-report.md}, and the samples behind it ({@code lag.csv}, {@code cpu.csv},
 * {@code risk-queues.csv}) into the report directory; {@code complaints.csv} is written as the scenarios finish.
 */
final class PipelineReport {

    static final String REPORT = "pipeline-report.md";

    private PipelineReport() {
    }

    static String render(Results results, Duration keepUp) {
        StringBuilder out = new StringBuilder(EnvironmentSection.header(results));
        if (results.rest() != null) {
            out.append(IntakeSections.rest(results.rest(), keepUp));
        }
        if (results.raw() != null) {
            out.append(IntakeSections.raw(results.raw(), results.rest()));
        }
        if (results.burst() != null) {
            out.append(BurstBacklogSections.burst(results.burst(), results.queuesReadable()));
        }
        if (results.backlog() != null) {
            out.append(BurstBacklogSections.backlog(results.backlog()));
        }
        out.append(LagSection.render(results.lag()));
        out.append(EnvironmentSection.cpu(results));
        out.append(EnvironmentSection.reference(results));
        out.append("## Files\n\n`pipeline-report.md` (this report), `complaints.csv` (every complaint followed, with "
                + "the time of each step), `lag.csv` (consumer lag per second, group and topic), `cpu.csv` (cores "
                + "used per second and part), `risk-queues.csv` (risk scoring's re-assessment queues per second).\n");
        return out.toString();
    }

    /** Writes the report and the sample CSVs; returns the report's path. */
    static Path write(Path dir, Results results, Duration keepUp) throws IOException {
        Files.createDirectories(dir);
        Path report = dir.resolve(REPORT);
        Files.writeString(report, render(results, keepUp), StandardCharsets.UTF_8);
        csv(dir.resolve("lag.csv"), LagSample.csvHeader(), results.lag(), LagSample::csv);
        csv(dir.resolve("cpu.csv"), CpuSample.csvHeader(), results.cpu(), CpuSample::csv);
        csv(dir.resolve("risk-queues.csv"), RiskQueueSample.csvHeader(), results.queues(), RiskQueueSample::csv);
        return report;
    }

    private static <T> void csv(Path file, String header, List<T> rows, Function<T, String> line) throws IOException {
        StringBuilder out = new StringBuilder(header).append('\n');
        rows.forEach(row -> out.append(line.apply(row)).append('\n'));
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
