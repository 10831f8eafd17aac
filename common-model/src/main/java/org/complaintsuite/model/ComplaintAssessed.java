package org.complaintsuite.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Risk scoring's verdict on a complaint. Published to {@link Topics#COMPLAINTS_ASSESSED}, keyed by
 * {@code complaintId}. A complaint may be assessed again later (new evidence); the one with the latest
 * {@code occurredAt} is current.
 *
 * @param escalation how likely the customer escalates (regulator, media, court) or repeats
 * @param proxy      how likely the complaint is driven by a proxy rights-defence agency (代理维权)
 */
public record ComplaintAssessed(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        RiskAssessment escalation,
        RiskAssessment proxy) {
}
