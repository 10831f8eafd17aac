package org.complaintsuite.risk.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;

/**
 * Reads the customer's words for escalation risk (domain brief §5): explicit threats, negative emotion with its
 * intensity, sensitive topics and signs of a vulnerable customer. Every signal keeps the spans that produced it.
 * <p>
 * Each rule has its own class: the signals and their weights in {@link SignalRule}; {@link Negation},
 * {@link ReportedSpeech}, {@link ThreatAction} and {@link AlreadyEscalated} decide whether a threat is the customer's
 * intention; {@link Intensity} raises or cancels emotion; {@link Emphasis} and {@link VulnerableInDistress} are
 * signals of their own; {@link Dissatisfaction} adds the dissatisfaction model's reading to the emotion and, where
 * the lexicon found none, a signal; {@link SignalCaps} caps context and emotion. Each distinct word counts once, at its
 * strongest. Signals are reported in the order of {@link SignalRule}, whatever their order in the text, then
 * {@code ALREADY_ESCALATED}, {@code VULNERABLE_IN_DISTRESS}, {@code EMPHATIC} and {@code DISSATISFIED}.
 * <p>
 * Expects normalized, simplified text (intake's {@code customerText}).
 */
public final class TextAnalyzer {

    private final KeywordMatcher matcher;
    private final ThreatAction threatAction;
    private final @Nullable DissatisfactionModel model;

    /** With the shipped dissatisfaction model. */
    public TextAnalyzer(Map<String, ? extends Collection<String>> lexicons) {
        this(lexicons, DissatisfactionModel.shipped());
    }

    /** With this dissatisfaction model, or none: the lexicon's rules alone (their tests pin them down so). */
    public TextAnalyzer(Map<String, ? extends Collection<String>> lexicons, @Nullable DissatisfactionModel model) {
        this.matcher = new KeywordMatcher(lexicons);
        this.threatAction = new ThreatAction(lexicons.get(Lexicons.THREAT_ACTION));
        this.model = model;
    }

    private static final DissatisfactionModel.Reading NO_READING = new DissatisfactionModel.Reading(0, List.of());

    public TextAnalysis analyze(String text) {
        Findings found = find(matcher.find(text), text);
        List<RiskSignal> signals = new ArrayList<>();
        SignalCaps caps = new SignalCaps();
        double emotion = 0;
        boolean strongEmotion = false;
        boolean emotionFound = false;
        for (var entry : found.evidence.entrySet()) {
            SignalRule rule = entry.getKey();
            Map<String, Double> words = found.strongest.get(rule);
            int weight = caps.apply(rule, rule.weight(words));
            signals.add(new RiskSignal(rule.code(), rule.description(), weight, entry.getValue()));
            emotion += rule.emotion(SignalRule.sum(words));
            strongEmotion |= rule.strong(words);
            emotionFound |= rule.kind().emotion();
        }
        if (!found.done.isEmpty()) {
            signals.add(AlreadyEscalated.signal(found.done));
        }
        if (VulnerableInDistress.applies(found.evidence.keySet())) {
            signals.add(VulnerableInDistress.signal());
        }
        List<Evidence> emphatic = Emphasis.find(text);
        if (!emphatic.isEmpty()) {
            signals.add(Emphasis.signal(caps.emphatic(Emphasis.WEIGHT), emphatic));
            emotion += Emphasis.EMOTION;
            strongEmotion = true;
            emotionFound = true;
        }
        DissatisfactionModel.Reading reading = model == null ? NO_READING : model.read(text);
        Dissatisfaction.signal(reading, emotionFound, caps.dissatisfied(Dissatisfaction.WEIGHT)).ifPresent(signals::add);
        return new TextAnalysis(signals, Dissatisfaction.negativeEmotion(negativeEmotion(emotion),
                reading.probability()), strongEmotion, reading);
    }

    /** The lexicon's emotion, saturating: one angry word is clearly negative, several are close to the ceiling. */
    static double negativeEmotion(double emotion) {
        return Math.round((1 - Math.exp(-emotion / 2)) * 100) / 100.0;
    }

    /** What the rules found: per rule its spans and each distinct word's strongest count; the threats done. */
    private static final class Findings {
        /** In the order of the rules, as the signals are reported. */
        final Map<SignalRule, List<Evidence>> evidence = new EnumMap<>(SignalRule.class);
        final Map<SignalRule, Map<String, Double>> strongest = new EnumMap<>(SignalRule.class);
        final List<Evidence> done = new ArrayList<>();

        void add(SignalRule rule, KeywordMatcher.Match match, double strength) {
            evidence.computeIfAbsent(rule, r -> new ArrayList<>()).add(Evidence.span(match.keyword(), match.start()));
            strongest.computeIfAbsent(rule, r -> new LinkedHashMap<>()).merge(match.keyword(), strength, Math::max);
        }
    }

    private Findings find(List<KeywordMatcher.Match> matches, String text) {
        Findings found = new Findings();
        for (int i = 0; i < matches.size(); i++) {
            KeywordMatcher.Match match = matches.get(i);
            for (SignalRule rule : SignalRule.values()) {
                if (match.lists().contains(rule.lexicon())) {
                    read(rule, matches, i, text, found);
                }
            }
        }
        return found;
    }

    /** One occurrence of one rule's word: cancelled, already done, or counted at its strength. */
    private void read(SignalRule rule, List<KeywordMatcher.Match> matches, int i, String text, Findings found) {
        KeywordMatcher.Match match = matches.get(i);
        SignalRule.Kind kind = rule.kind();
        if (kind.negatable() && Negation.cancels(matches, i, text)) {
            return;
        }
        if ((kind == SignalRule.Kind.THREAT || kind == SignalRule.Kind.VOW)
                && ReportedSpeech.cancels(matches, i, text)) {
            return;
        }
        if (kind == SignalRule.Kind.THREAT && !threatAction.accompanies(matches, i, text)) {
            return;
        }
        if (kind == SignalRule.Kind.THREAT && AlreadyEscalated.done(match, text)) {
            found.done.add(Evidence.span(match.keyword(), match.start()));
            return;
        }
        if (kind == SignalRule.Kind.CAPPED_EMOTION && Intensity.diminished(matches, i, text)) {
            return;
        }
        double strength = rule.strength(match);
        if (kind.emotion() && Intensity.intensified(matches, i, text)) {
            strength = Intensity.INTENSIFIED * strength;
        }
        found.add(rule, match, strength);
    }
}
