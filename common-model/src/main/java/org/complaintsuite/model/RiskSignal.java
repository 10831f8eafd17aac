package org.complaintsuite.model;

import java.util.List;

/**
 * One reason behind a risk score.
 *
 * @param code     stable machine-readable name, e.g. {@code REGULATOR_THREAT}
 * @param weight   the points this signal added to the score
 * @param evidence what in the complaint (or across complaints) produced the signal
 */
public record RiskSignal(String code, String description, int weight, List<Evidence> evidence) {

    public RiskSignal {
        evidence = List.copyOf(evidence);
    }
}
