package org.complaintsuite.model;

import java.util.List;

/** A score of 0–100, its level, and the signals that produced it. */
public record RiskAssessment(int score, RiskLevel level, List<RiskSignal> signals) {

    public RiskAssessment {
        if (level != RiskLevel.ofScore(score)) {
            throw new IllegalArgumentException("level " + level + " does not match score " + score);
        }
        signals = List.copyOf(signals);
    }

    /** The score is the sum of the signal weights, capped at 100. */
    public static RiskAssessment fromSignals(List<RiskSignal> signals) {
        int sum = signals.stream().mapToInt(RiskSignal::weight).sum();
        int score = Math.clamp(sum, 0, 100);
        return new RiskAssessment(score, RiskLevel.ofScore(score), signals);
    }
}
