package org.complaintsuite.risk.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;

/**
 * Reads the customer's words for escalation risk (domain brief §5): explicit threats, negative emotion with its
 * intensity, sensitive topics and signs of a vulnerable customer. Every signal keeps the spans that produced it.
 * <p>
 * Negation: a negator (不, 没, 别 …) at most {@value #NEGATION_WINDOW} characters before a threat or emotion word,
 * with no punctuation between, cancels it: 我不生气, 不会去起诉 are not signals. A condition between them keeps the
 * threat: in 不处理就报警 and 别逼我报警 the negator belongs to the condition (就, 才, 逼, 否则, 不然), not to the
 * threat. Intensity: a degree adverb (很, 非常, 太 …) right before an emotion word raises its weight by half; each
 * distinct word counts once, at its strongest. Runs of exclamation or question marks are a signal of their own.
 * Signals are reported in the order of the rules below, whatever their order in the text.
 * <p>
 * Expects normalized, simplified text (intake's {@code customerText}).
 */
public final class TextAnalyzer {

    static final int NEGATION_WINDOW = 3;
    private static final int INTENSIFIER_WINDOW = 2;
    private static final Pattern EMPHATIC = Pattern.compile("[!！?？]{2,}");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\p{P}\\s]");
    private static final Pattern CONDITION = Pattern.compile("就|才|逼|否则|不然");

    /** How a list becomes a signal. */
    private record Rule(String code, String description, String lexicon, int weight, boolean negatable,
            boolean emotion) {
    }

    /**
     * The rules, in the order their signals are reported. Weights: an explicit threat to go to a regulator, the
     * media, a court or the police is by itself HIGH (60 and above) because it names the escalation we predict;
     * emotion and topics add to it; words of despair are HIGH alone, because they must reach a person quickly.
     */
    private static final List<Rule> RULES = List.of(
            new Rule("REGULATOR_THREAT", "threatens to complain to a regulator", Lexicons.THREAT_REGULATOR, 60, true, false),
            new Rule("MEDIA_THREAT", "threatens media exposure", Lexicons.THREAT_MEDIA, 50, true, false),
            new Rule("LEGAL_THREAT", "threatens legal action", Lexicons.THREAT_LEGAL, 50, true, false),
            new Rule("POLICE_THREAT", "threatens to call the police", Lexicons.THREAT_POLICE, 45, true, false),
            new Rule("PETITION_THREAT", "threatens to petition the government", Lexicons.THREAT_PETITION, 50, true, false),
            new Rule("DESPAIR", "words of despair or self-harm", Lexicons.EMOTION_DESPAIR, 60, true, true),
            new Rule("ANGER", "anger or strong dissatisfaction", Lexicons.EMOTION_ANGER, 12, true, true),
            new Rule("INSULT", "insults the firm or its staff", Lexicons.EMOTION_INSULT, 15, true, true),
            new Rule("ABUSIVE_COLLECTION", "abusive debt collection", Lexicons.TOPIC_ABUSIVE_COLLECTION, 25, false, false),
            new Rule("PRIVACY", "privacy or personal-data leak", Lexicons.TOPIC_PRIVACY, 15, false, false),
            new Rule("CREDIT_REPORT", "credit report", Lexicons.TOPIC_CREDIT_REPORT, 10, false, false),
            new Rule("FEES", "fees or interest", Lexicons.TOPIC_FEES, 10, false, false),
            new Rule("VULNERABLE_CUSTOMER", "a vulnerable customer (age, illness, disability, unemployment)",
                    Lexicons.VULNERABLE, 15, false, false));

    /** Anger counts once per distinct word, up to this. */
    static final int ANGER_MAX_WEIGHT = 30;
    static final int EMPHATIC_WEIGHT = 10;

    private final KeywordMatcher matcher;

    public TextAnalyzer(Map<String, ? extends java.util.Collection<String>> lexicons) {
        this.matcher = new KeywordMatcher(lexicons);
    }

    public TextAnalysis analyze(String text) {
        List<KeywordMatcher.Match> matches = matcher.find(text);
        Map<Rule, List<Evidence>> evidence = new LinkedHashMap<>();
        Map<Rule, Map<String, Double>> strongest = new LinkedHashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            KeywordMatcher.Match match = matches.get(i);
            for (Rule rule : RULES) {
                if (!match.lists().contains(rule.lexicon())) {
                    continue;
                }
                if (rule.negatable() && negated(matches, i, text)) {
                    continue;
                }
                boolean intensified = rule.emotion()
                        && precededBy(matches, i, text, Lexicons.INTENSIFIER, INTENSIFIER_WINDOW);
                evidence.computeIfAbsent(rule, r -> new ArrayList<>()).add(Evidence.span(match.keyword(), match.start()));
                strongest.computeIfAbsent(rule, r -> new LinkedHashMap<>())
                        .merge(match.keyword(), intensified ? 1.5 : 1.0, Math::max);
            }
        }
        List<RiskSignal> signals = new ArrayList<>();
        double emotion = 0;
        for (Rule rule : RULES) {
            List<Evidence> spans = evidence.get(rule);
            if (spans == null) {
                continue;
            }
            double times = strongest.get(rule).values().stream().mapToDouble(Double::doubleValue).sum();
            int weight = rule.code().equals("ANGER")
                    ? (int) Math.min(ANGER_MAX_WEIGHT, Math.round(rule.weight() * times))
                    : rule.weight();
            signals.add(new RiskSignal(rule.code(), rule.description(), weight, spans));
            if (rule.emotion()) {
                emotion += rule.code().equals("DESPAIR") ? 2.0 * times : rule.code().equals("INSULT") ? 1.5 * times : times;
            }
        }
        List<Evidence> emphatic = new ArrayList<>();
        Matcher marks = EMPHATIC.matcher(text);
        while (marks.find()) {
            emphatic.add(Evidence.span(marks.group(), marks.start()));
        }
        if (!emphatic.isEmpty()) {
            signals.add(new RiskSignal("EMPHATIC", "repeated exclamation or question marks", EMPHATIC_WEIGHT, emphatic));
            emotion += 0.5;
        }
        // saturating: one angry word is clearly negative, several are close to the ceiling
        double negativeEmotion = Math.round((1 - Math.exp(-emotion / 2)) * 100) / 100.0;
        return new TextAnalysis(signals, negativeEmotion);
    }

    /** A negator shortly before the match, unless a condition stands between them. */
    private static boolean negated(List<KeywordMatcher.Match> matches, int index, String text) {
        KeywordMatcher.Match target = matches.get(index);
        for (int j = index - 1; j >= 0; j--) {
            KeywordMatcher.Match before = matches.get(j);
            if (before.end() > target.start() || !before.lists().contains(Lexicons.NEGATOR)) {
                continue;
            }
            if (target.start() - before.end() > NEGATION_WINDOW) {
                return false;
            }
            String between = text.substring(before.end(), target.start());
            return !CLAUSE_BREAK.matcher(between).find() && !CONDITION.matcher(between).find();
        }
        return false;
    }

    /**
     * Whether a word of {@code list} ends at most {@code window} characters before match {@code index}, with no
     * punctuation or space in between.
     */
    private static boolean precededBy(List<KeywordMatcher.Match> matches, int index, String text, String list,
            int window) {
        KeywordMatcher.Match target = matches.get(index);
        for (int j = index - 1; j >= 0; j--) {
            KeywordMatcher.Match before = matches.get(j);
            if (before.end() > target.start()) {
                continue;
            }
            if (target.start() - before.end() > window) {
                return false;
            }
            if (before.lists().contains(list)
                    && !CLAUSE_BREAK.matcher(text.substring(before.end(), target.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
