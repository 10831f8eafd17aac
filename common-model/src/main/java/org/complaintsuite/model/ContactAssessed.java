package org.complaintsuite.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How likely an ordinary service contact ({@link ContactReceived}) is to become a complaint, with the signals behind
 * it. Published by risk scoring to {@link Topics#CONTACTS_ASSESSED}, keyed by contact id; the prevention layer opens a
 * care task above a propensity it chooses.
 *
 * @param contactId       the contact's id ({@link ContactReceived#contactId()})
 * @param customerKey     the customer's linking key, as on the contact
 * @param contactedAt     when the contact took place (the call's start, the chat's first customer message)
 * @param propensity      the complaint propensity: score 0–100, level, and the signals with their evidence
 * @param dissatisfaction the dissatisfaction model's calibrated probability for the customer's words, 0–1
 * @param assessedAt      when risk scoring assessed it
 */
public record ContactAssessed(
        UUID eventId,
        String contactId,
        String customerKey,
        Instant contactedAt,
        RiskAssessment propensity,
        double dissatisfaction,
        Instant assessedAt) {

    public ContactAssessed {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(propensity, "propensity");
    }
}
