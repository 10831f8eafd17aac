package org.complaintsuite.risk.text;

import java.util.List;

import org.complaintsuite.model.RiskSignal;

/**
 * What the customer's words alone say about escalation risk.
 *
 * @param signals         each signal with its weight and the matched spans as evidence
 * @param negativeEmotion how strongly negative the text is, from 0 (none) to 1
 * @param strongEmotion   whether the words show more than mild dissatisfaction: an insult, despair, distress,
 *                        emphatic punctuation, a strong anger word, or mild ones intensified or together
 */
public record TextAnalysis(List<RiskSignal> signals, double negativeEmotion, boolean strongEmotion) {

    public TextAnalysis {
        signals = List.copyOf(signals);
    }
}
