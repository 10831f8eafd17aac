package org.complaintsuite.benchmark.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.QualityFinding;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.risk.quality.AgentWording;

/**
 * Measures the quality check of agents' words on labelled agent turns written apart from its rules
 * ({@code risk-benchmark/data/quality}, README there): each line is checked as one agent turn, and its prediction is
 * the most serious label among its findings (THREAT, THIRD_PARTY_CONTACT, RUDENESS, UNKEEPABLE_PROMISE,
 * APR_NOT_STATED), or NONE. Prints precision and recall per label, of "any finding" against NONE, and the confusion
 * matrix; with {@code --show-errors}, the lines it got wrong (for the dev file only: the holdout's lines are not to be
 * looked at).
 * <p>
 * Usage: {@code QualityCheckEvaluation <file.jsonl> [--show-errors]}
 */
public final class QualityCheckEvaluation {

    static final List<String> LABELS = List.of("THREAT", "THIRD_PARTY_CONTACT", "RUDENESS", "UNKEEPABLE_PROMISE",
            "APR_NOT_STATED", "NONE");

    private QualityCheckEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: QualityCheckEvaluation <file.jsonl> [--show-errors]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        boolean showErrors = List.of(args).contains("--show-errors");
        AgentWording rules = AgentWording.load();
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        LABELS.forEach(label -> confusion.put(label, new LinkedHashMap<>()));
        List<String> errors = new ArrayList<>();
        int lines = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = json.readTree(line);
            String text = item.get("text").asString();
            String expected = item.get("label").asString();
            Channel channel = Channel.valueOf(item.get("channel").asString());
            List<QualityFinding> findings = rules.check("eval-" + lines, channel,
                    List.of(new Utterance(Utterance.Speaker.AGENT, null, text, "A0001")));
            String predicted = predicted(findings);
            confusion.get(expected).merge(predicted, 1, Integer::sum);
            if (!predicted.equals(expected)) {
                errors.add(expected + " → " + predicted + ": " + text + " " + findings.stream()
                        .flatMap(f -> f.evidence().stream()).map(e -> e.value()).toList());
            }
            lines++;
        }
        System.out.print(report(file, lines, confusion));
        if (showErrors) {
            System.out.println("\nMistakes:");
            errors.forEach(error -> System.out.println("- " + error));
        }
    }

    /** The most serious label among the findings, or NONE. */
    static String predicted(List<QualityFinding> findings) {
        for (String label : LABELS) {
            if (findings.stream().anyMatch(finding -> label.equals(finding.rule())
                    || label.equals(finding.category().name()))) {
                return label;
            }
        }
        return "NONE";
    }

    static String report(Path file, int lines, Map<String, Map<String, Integer>> confusion) {
        StringBuilder out = new StringBuilder();
        out.append("Quality check of agents' words on ").append(file.getFileName()).append(": ").append(lines)
                .append(" agent turns\n\n| label | lines | precision | recall |\n|---|---|---|---|\n");
        for (String label : LABELS.subList(0, LABELS.size() - 1)) {
            int truePositives = count(confusion, label, label);
            int actual = confusion.get(label).values().stream().mapToInt(Integer::intValue).sum();
            int predictedAs = confusion.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
            out.append("| ").append(label).append(" | ").append(actual).append(" | ")
                    .append(ratio(truePositives, predictedAs)).append(" | ").append(ratio(truePositives, actual))
                    .append(" |\n");
        }
        int flaggedRight = 0;
        int flagged = 0;
        int wrong = 0;
        for (String expected : LABELS) {
            for (var cell : confusion.get(expected).entrySet()) {
                boolean flaggedNow = !cell.getKey().equals("NONE");
                flagged += flaggedNow ? cell.getValue() : 0;
                flaggedRight += flaggedNow && !expected.equals("NONE") ? cell.getValue() : 0;
                wrong += !expected.equals("NONE") ? cell.getValue() : 0;
            }
        }
        out.append("| any finding (against NONE) | ").append(wrong).append(" | ").append(ratio(flaggedRight, flagged))
                .append(" | ").append(ratio(flaggedRight, wrong)).append(" |\n\nConfusion (rows: label, columns: "
                        + "predicted)\n\n| | ").append(String.join(" | ", LABELS)).append(" |\n|---|")
                .append("---|".repeat(LABELS.size())).append('\n');
        for (String expected : LABELS) {
            out.append("| ").append(expected);
            for (String predicted : LABELS) {
                out.append(" | ").append(count(confusion, expected, predicted));
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    private static int count(Map<String, Map<String, Integer>> confusion, String expected, String predicted) {
        return confusion.get(expected).getOrDefault(predicted, 0);
    }

    private static String ratio(int numerator, int denominator) {
        return denominator == 0 ? "—" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) numerator / denominator,
                numerator, denominator);
    }
}
