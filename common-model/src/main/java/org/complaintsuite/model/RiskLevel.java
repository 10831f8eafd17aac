package org.complaintsuite.model;

/**
 * Risk bands shared by every score. A score of 0–100 falls into exactly one band; the thresholds are part of
 * the contract so that every service reads a score the same way.
 */
public enum RiskLevel {
    LOW(0), MEDIUM(30), HIGH(60), CRITICAL(80);

    private final int lowestScore;

    RiskLevel(int lowestScore) {
        this.lowestScore = lowestScore;
    }

    public int lowestScore() {
        return lowestScore;
    }

    public static RiskLevel ofScore(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be between 0 and 100: " + score);
        }
        RiskLevel level = LOW;
        for (RiskLevel candidate : values()) {
            if (score >= candidate.lowestScore) {
                level = candidate;
            }
        }
        return level;
    }

    public boolean isAtLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }
}
