package org.complaintsuite.benchmark.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's opening: how it was made, on what machine, against which settings; and the reference limits. */
final class EnvironmentSection {

    private EnvironmentSection() {
    }

    static String header(Results results) {
        StringBuilder out = new StringBuilder("# Pipeline benchmark\n\n");
        out.append("- **Run**: ").append(results.startedAt()).append(" to ").append(results.finishedAt()).append(" (")
                .append(Format.seconds(Duration.between(results.startedAt(), results.finishedAt()))).append(")\n");
        out.append("- **Command**: `").append(results.command()).append("`\n");
        out.append("- **Code measured**: ").append(results.code()).append('\n');
        Machine machine = results.machine();
        out.append("- **Machine**: ").append(machine.cores()).append(" cores, ").append(machine.memory())
                .append(" memory, ").append(machine.os()).append('\n');
        out.append("- **Benchmark JDK**: ").append(machine.jdk()).append('\n');
        out.append("- **Load average**: at the start ").append(machine.loadAverage()).append("; at the end ")
                .append(results.loadAverageAtEnd()).append('\n');
        out.append("- **Everything co-located**: the load generator, Kafka, PostgreSQL and the services share these "
                + "cores; the CPU table below shows who used them, and \"other\" is work on the machine outside the "
                + "suite and the benchmark.\n\n");
        out.append("## Suite settings seen\n\n");
        MarkdownTable topics = new MarkdownTable("topic", "partitions");
        results.settings().partitions().forEach(topics::row);
        out.append(topics.render()).append('\n');
        MarkdownTable groups = new MarkdownTable("consumer group", "consumers (one per listener thread)");
        results.settings().groupMembers().forEach(groups::row);
        out.append(groups.render()).append('\n');
        MarkdownTable postgres = new MarkdownTable("PostgreSQL setting", "value");
        results.settings().postgres().forEach(postgres::row);
        out.append(postgres.render()).append('\n');
        if (results.settings().autovacuumOff()) {
            out.append("**Autovacuum is off on this PostgreSQL server**: tables are never analysed while the run fills "
                    + "them, so prepared statements keep plans made when the tables were small (sequential scans) and "
                    + "the figures understate what the suite does on a server with the default `autovacuum = on`.\n\n");
        }
        out.append("Time of \"assessed on the case\": ").append(results.assessedOnCase().description()).append(".\n\n");
        return out.toString();
    }

    static String reference(Results results) {
        ReferenceLimits.Figures figures = results.reference();
        if (figures == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("## Reference limits (same machine, same run)\n\n");
        out.append(new MarkdownTable("what", "rate")
                .row("PostgreSQL: 1 KB rows, one per transaction (autocommit)", Format.rate(figures.rowsPerTransaction()))
                .row("PostgreSQL: 1 KB rows, 100 per transaction (JDBC batch, multi-row insert)",
                        Format.rate(figures.rowsInBatches()))
                .row("Kafka: 1 KiB records, acks=all, one producer, " + figures.kafkaPartitions() + " partitions",
                        Format.rate(figures.kafkaRecords()))
                .render());
        out.append("\nEach measured for ").append(Format.seconds(figures.duration()))
                .append(" in a scratch database and a scratch topic, both dropped afterwards.\n\n");
        return out.toString();
    }

    /** Average cores used per part in each phase, from the CPU samples. */
    static String cpu(Results results) {
        if (results.cpu().isEmpty()) {
            return "";
        }
        Map<String, Map<String, Double>> averages = TimeSeries.averageCores(results.cpu());
        List<String> parts = TimeSeries.parts(results.cpu());
        String[] headers = new String[parts.size() + 1];
        headers[0] = "phase";
        for (int i = 0; i < parts.size(); i++) {
            headers[i + 1] = parts.get(i);
        }
        MarkdownTable table = new MarkdownTable(headers);
        averages.forEach((phase, byPart) -> {
            Object[] row = new Object[parts.size() + 1];
            row[0] = phase;
            for (int i = 0; i < parts.size(); i++) {
                Double cores = byPart.get(parts.get(i));
                row[i + 1] = cores == null ? "–" : String.format(Locale.ROOT, "%.2f", cores);
            }
            table.row(row);
        });
        double other = results.cpu().stream().filter(sample -> sample.part().equals(CpuSampler.OTHER))
                .mapToDouble(CpuSample::cores).average().orElse(Double.NaN);
        return "## CPU by part (average cores used per phase)\n\n" + table.render()
                + "\n1.00 = one core busy all the time; the machine has " + results.machine().cores()
                + ". Over the whole run, work outside the suite and the benchmark (\"other\") took "
                + String.format(Locale.ROOT, "%.2f", other) + " cores on average. Raw samples: `cpu.csv`.\n\n";
    }
}
