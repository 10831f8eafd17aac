package org.complaintsuite.e2e.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * Precision, recall and the confusion matrix of the risk scores against the labels, overall and per kind of
 * complaint, with examples (the customer's words and the signals) of what was missed or falsely flagged.
 */
final class EvaluationReport {

    static final String HIGH_OR_ABOVE = "HIGH or CRITICAL";

    /** One complaint of the set with the assessment risk scoring gave it. */
    record Scored(LabelledComplaint complaint, String complaintId, JsonNode assessment) {

        JsonNode score(String which) {
            return assessment.get(which);
        }

        int points(String which) {
            return score(which).get("score").asInt();
        }

        String level(String which) {
            return score(which).get("level").asString();
        }

        boolean flagged(String which) {
            String level = level(which);
            return level.equals("HIGH") || level.equals("CRITICAL");
        }
    }

    /** The confusion matrix of one score against one label. */
    record Confusion(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        static Confusion of(List<Scored> scored, Predicate<Scored> label, Predicate<Scored> flagged) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (Scored s : scored) {
                boolean l = label.test(s);
                boolean f = flagged.test(s);
                if (l && f) {
                    tp++;
                }
                else if (f) {
                    fp++;
                }
                else if (l) {
                    fn++;
                }
                else {
                    tn++;
                }
            }
            return new Confusion(tp, fp, fn, tn);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A score's evaluation: which score, which label, the targets. */
    record Target(String score, String title, Predicate<LabelledComplaint> label, double precision, double recall) {
    }

    static final Target PROXY = new Target("proxy", "Proxy (代理维权) ≥ HIGH", LabelledComplaint::proxy, 0.95, 0.90);
    static final Target ESCALATION = new Target("escalation", "Escalation ≥ HIGH", LabelledComplaint::escalation,
            0.90, 0.85);

    private final long seed;
    private final int size;
    private final List<Scored> scored;
    private final Map<String, Duration> timings;

    EvaluationReport(long seed, int size, List<Scored> scored, Map<String, Duration> timings) {
        this.seed = seed;
        this.size = size;
        this.scored = List.copyOf(scored);
        this.timings = new LinkedHashMap<>(timings);
    }

    Confusion confusion(Target target) {
        return Confusion.of(scored, s -> target.label().test(s.complaint()), s -> s.flagged(target.score()));
    }

    boolean meets(Target target) {
        Confusion confusion = confusion(target);
        return confusion.precision() >= target.precision() && confusion.recall() >= target.recall();
    }

    String summaryLine(Target target) {
        Confusion c = confusion(target);
        return "%s: precision %.3f (target %.2f), recall %.3f (target %.2f); TP %d FP %d FN %d TN %d".formatted(
                target.title(), c.precision(), target.precision(), c.recall(), target.recall(), c.truePositives(),
                c.falsePositives(), c.falseNegatives(), c.trueNegatives());
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Risk scoring evaluation\n\n");
        out.append("Seed %d, %d complaints (%d labelled proxy, %d labelled escalation), posted to intake in time order "
                .formatted(seed, size, count(s -> s.complaint().proxy()), count(s -> s.complaint().escalation())));
        out.append("and scored by the running risk-scoring-service; a complaint counts as flagged when its level is ")
                .append(HIGH_OR_ABOVE).append(".\n\n");
        if (!timings.isEmpty()) {
            out.append("Timings: ");
            List<String> parts = new ArrayList<>();
            timings.forEach((phase, duration) -> parts.add("%s %.1f s".formatted(phase, duration.toMillis() / 1000.0)));
            out.append(String.join(", ", parts)).append(".\n\n");
        }
        for (Target target : List.of(PROXY, ESCALATION)) {
            section(out, target);
        }
        return out.toString();
    }

    private void section(StringBuilder out, Target target) {
        Confusion c = confusion(target);
        boolean pass = meets(target);
        out.append("## ").append(target.title()).append(pass ? " — meets the targets" : " — BELOW TARGET").append("\n\n");
        out.append("| | flagged | not flagged |\n|---|---:|---:|\n");
        out.append("| labelled true | %d (TP) | %d (FN) |\n".formatted(c.truePositives(), c.falseNegatives()));
        out.append("| labelled false | %d (FP) | %d (TN) |\n\n".formatted(c.falsePositives(), c.trueNegatives()));
        out.append("Precision **%.3f** (target ≥ %.2f), recall **%.3f** (target ≥ %.2f), F1 %.3f.\n\n".formatted(
                c.precision(), target.precision(), c.recall(), target.recall(), c.f1()));

        out.append("Levels by label:\n\n| label | LOW | MEDIUM | HIGH | CRITICAL |\n|---|---:|---:|---:|---:|\n");
        for (boolean label : List.of(true, false)) {
            out.append("| ").append(label).append(' ');
            for (String level : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")) {
                out.append("| ").append(count(s -> target.label().test(s.complaint()) == label
                        && s.level(target.score()).equals(level))).append(' ');
            }
            out.append("|\n");
        }
        out.append('\n');

        breakdown(out, target, "kind", s -> s.complaint().kind());
        if (target == PROXY) {
            breakdown(out, target, "rendering (labelled proxy only)", s -> s.complaint().proxy()
                    ? s.complaint().variant() : null);
            breakdown(out, target, "channel", s -> s.complaint().channel().name());
        }
        else {
            breakdown(out, target, "escalation reason", s -> s.complaint().escalationKind());
            breakdown(out, target, "channel", s -> s.complaint().channel().name());
        }
        examples(out, target);
    }

    private void breakdown(StringBuilder out, Target target, String title, Function<Scored, String> key) {
        Map<String, List<Scored>> groups = new TreeMap<>();
        for (Scored s : scored) {
            String k = key.apply(s);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
            }
        }
        out.append("By ").append(title).append(":\n\n");
        out.append("| ").append(title).append(" | n | labelled | flagged | TP | missed (FN) | false flags (FP) | mean score |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        groups.forEach((k, members) -> {
            Confusion c = Confusion.of(members, s -> target.label().test(s.complaint()), s -> s.flagged(target.score()));
            double mean = members.stream().mapToInt(s -> s.points(target.score())).average().orElse(0);
            out.append("| %s | %d | %d | %d | %d | %s | %s | %.0f |\n".formatted(k, members.size(),
                    c.truePositives() + c.falseNegatives(), c.truePositives() + c.falsePositives(), c.truePositives(),
                    c.falseNegatives() == 0 ? "0" : "**" + c.falseNegatives() + "**",
                    c.falsePositives() == 0 ? "0" : "**" + c.falsePositives() + "**", mean));
        });
        out.append('\n');
    }

    private void examples(StringBuilder out, Target target) {
        for (boolean missed : List.of(true, false)) {
            Map<String, List<Scored>> byKind = new TreeMap<>();
            for (Scored s : scored) {
                boolean label = target.label().test(s.complaint());
                boolean flagged = s.flagged(target.score());
                if (missed ? label && !flagged : !label && flagged) {
                    String key = target == PROXY ? s.complaint().kind() + " / " + s.complaint().variant()
                            : s.complaint().escalationKind() + " / " + s.complaint().kind();
                    byKind.computeIfAbsent(key, x -> new ArrayList<>()).add(s);
                }
            }
            out.append("### ").append(missed ? "Missed (labelled true, scored below HIGH)" : "False flags (labelled false, scored HIGH or above)")
                    .append("\n\n");
            if (byKind.isEmpty()) {
                out.append("None.\n\n");
                continue;
            }
            byKind.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, List<Scored>> e) -> -e.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(entry -> {
                        out.append("**").append(entry.getKey()).append("** (").append(entry.getValue().size())
                                .append(")\n\n");
                        entry.getValue().stream().limit(3).forEach(s -> example(out, target, s));
                        out.append('\n');
                    });
        }
    }

    private void example(StringBuilder out, Target target, Scored s) {
        LabelledComplaint c = s.complaint();
        out.append("- #%d %s %s%s — %s %d: %s\n".formatted(c.sequence(), c.channel(), c.externalReference(),
                c.group() == null ? "" : " (" + c.group() + ")", s.level(target.score()), s.points(target.score()),
                signals(s.score(target.score()))));
        out.append("  > ").append(abbreviate(c.text(), 220)).append('\n');
    }

    static String signals(JsonNode assessment) {
        List<String> parts = new ArrayList<>();
        for (JsonNode signal : assessment.get("signals")) {
            List<String> evidence = new ArrayList<>();
            for (JsonNode e : signal.get("evidence")) {
                String kind = e.get("kind").asString();
                if (!kind.equals("LINKED_COMPLAINT")) {
                    evidence.add(abbreviate(e.get("value").asString(), 40));
                }
            }
            long linked = 0;
            for (JsonNode e : signal.get("evidence")) {
                if (e.get("kind").asString().equals("LINKED_COMPLAINT")) {
                    linked++;
                }
            }
            String detail = evidence.stream().distinct().limit(4).reduce((a, b) -> a + ", " + b).orElse("");
            if (linked > 0) {
                detail = detail + (detail.isEmpty() ? "" : "; ") + linked + " linked";
            }
            parts.add("%s %d%s".formatted(signal.get("code").asString(), signal.get("weight").asInt(),
                    detail.isEmpty() ? "" : " [" + detail + "]"));
        }
        return parts.isEmpty() ? "no signals" : String.join(" · ", parts);
    }

    private static String abbreviate(String text, int max) {
        String flat = text.replace('\n', ' ').replace('|', '/');
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    private long count(Predicate<Scored> predicate) {
        return scored.stream().filter(predicate).count();
    }
}
