package org.complaintsuite.risk.text;

import java.util.List;

import org.complaintsuite.model.RiskSignal;

/**
 * What the customer's words alone say about escalation risk.
 *
 * @param signals         each signal with its weight and the matched spans as evidence
 * @param negativeEmotion how strongly negative the text is, from 0 (none) to 1
 */
public record TextAnalysis(List<RiskSignal> signals, double negativeEmotion) {

    public TextAnalysis {
        signals = List.copyOf(signals);
    }
}
