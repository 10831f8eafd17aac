package org.complaintsuite.risk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;

/**
 * What the dissatisfaction model ({@link DissatisfactionModel}, trained on real labelled Chinese text) adds to the
 * lexicon: the words read as dissatisfied with a calibrated probability, whatever words the customer chose.
 * <ul>
 *     <li>{@code negativeEmotion} takes both: {@code 1 - (1 - lexical)(1 - model)}, so either alone can raise it and
 *     neither lowers it.</li>
 *     <li>{@code DISSATISFIED}, weight {@value #WEIGHT} (a mild anger word's), is a signal when the model reads the
 *     text as dissatisfied at {@value #AT} or more and the lexicon found no emotion of its own (anger, insult,
 *     despair, distress, emphasis): it stands for the dissatisfaction the lexicon missed, never counts it twice, and
 *     takes its share of the emotion cap like anger ({@link SignalCaps}). Its evidence is the n-grams that weighed
 *     most in the model, as spans of the text, and the probability.</li>
 * </ul>
 */
final class Dissatisfaction {

    static final String CODE = "DISSATISFIED";
    static final double AT = 0.95;
    static final int WEIGHT = 8;

    private Dissatisfaction() {
    }

    static double negativeEmotion(double lexical, double model) {
        return Math.round((1 - (1 - lexical) * (1 - model)) * 100) / 100.0;
    }

    static Optional<RiskSignal> signal(DissatisfactionModel.Reading reading, boolean emotionFound, int weight) {
        if (emotionFound || reading.probability() < AT) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        reading.cues().forEach(cue -> evidence.add(Evidence.span(cue.text(), cue.start())));
        evidence.add(Evidence.fact(String.format(Locale.ROOT, "dissatisfaction model %.2f", reading.probability())));
        return Optional.of(new RiskSignal(CODE, "the words read as dissatisfied (dissatisfaction model)", weight,
                evidence));
    }
}
