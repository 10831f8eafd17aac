package org.complaintsuite.benchmark.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** {@code complaints.csv}: every complaint the benchmark followed, with the time of each step it reached. */
final class ComplaintCsv implements AutoCloseable {

    static final String HEADER = "scenario,call_id,sent_at,case_at,risk_assessed_at,assessed_on_case_at";

    private final BufferedWriter out;

    ComplaintCsv(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.newLine();
    }

    synchronized void append(String scenario, CompletionTracker tracker) {
        try {
            for (Map.Entry<String, CaseProgress> entry : tracker.byCallId().entrySet()) {
                CaseProgress progress = entry.getValue();
                out.write(line(scenario, entry.getKey(), progress));
                out.newLine();
            }
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(String scenario, String callId, CaseProgress progress) {
        return scenario + "," + callId + "," + progress.sentAt() + "," + text(progress.caseAt()) + ","
                + text(progress.riskAt()) + "," + text(progress.onCaseAt());
    }

    private static String text(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
