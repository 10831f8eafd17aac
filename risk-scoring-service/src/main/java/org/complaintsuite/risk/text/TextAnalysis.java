package org.complaintsuite.risk.text;

import java.util.List;
import java.util.Set;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;
import org.complaintsuite.model.RiskSignal;

/**
 * What the customer's words alone say about escalation risk.
 *
 * @param signals         each signal with its weight and the matched spans as evidence
 * @param negativeEmotion how strongly negative the text is, from 0 (none) to 1: the lexicon's emotion and the
 *                        dissatisfaction model's probability together ({@link Dissatisfaction})
 * @param strongEmotion   whether the words show more than mild dissatisfaction: an insult, despair, distress,
 *                        emphatic punctuation, a strong anger word, or mild ones intensified or together
 * @param reading         the dissatisfaction model's reading of the text: its calibrated probability and its cues
 */
public record TextAnalysis(List<RiskSignal> signals, double negativeEmotion, boolean strongEmotion,
        DissatisfactionModel.Reading reading) {

    /** The signals that are negative emotion: anger, insults, despair, distress, emphatic punctuation. */
    private static final Set<String> NEGATIVE_EMOTIONS = Set.of(SignalRule.ANGER.code(), SignalRule.INSULT.code(),
            SignalRule.DESPAIR.code(), SignalRule.DISTRESS.code(), Emphasis.CODE);

    public TextAnalysis {
        signals = List.copyOf(signals);
    }

    /** Whether the customer says the matter already went to a regulator, the media, a court or the police. */
    public boolean saysAlreadyEscalated() {
        return signals.stream().anyMatch(TextAnalysis::isAlreadyEscalated);
    }

    public static boolean isAlreadyEscalated(RiskSignal signal) {
        return signal.code().equals(AlreadyEscalated.CODE);
    }

    /** The dissatisfaction model's calibrated probability that the text expresses dissatisfaction. */
    public double dissatisfaction() {
        return reading.probability();
    }

    /** The signals of the lexicons' rules: all but the dissatisfaction model's {@code DISSATISFIED}. */
    public List<RiskSignal> lexiconSignals() {
        return signals.stream().filter(signal -> !signal.code().equals(Dissatisfaction.CODE)).toList();
    }

    /** The codes of the negative-emotion signals found, in the order found. */
    public List<String> negativeEmotions() {
        return signals.stream().map(RiskSignal::code).filter(NEGATIVE_EMOTIONS::contains).toList();
    }
}
