package org.complaintsuite.risk;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The thresholds of risk scoring; docs/risk-scoring-service.md explains each.
 *
 * @param repeatWindow              how far back the same customer's complaints count as repeats
 * @param linkWindow                how far back identifiers and texts are linked across customers
 * @param contactMinCustomers       customers (this one included) sharing a mobile or e-mail before it is a signal
 * @param addressMinCustomers       customers sharing an address before it is a signal: a family shares one
 * @param landlineMinCustomers      customers sharing a landline before it is a signal: a company switchboard is
 * @param lawFirmMinCustomers       customers sharing a law firm's contact before it is a signal: a lawyer has clients
 * @param nearDuplicateSimilarity   estimated Jaccard similarity of two texts from which they count as one template
 * @param burstWindow               the window of a burst
 * @param burstMinComplaints        complaints carrying one identifier within the window that make a burst
 * @param ringMinCustomers          different customers a ring must span
 * @param maxReassessments          how many members of a grown ring are assessed again (the stalest)
 */
@Validated
@ConfigurationProperties("risk")
public record RiskProperties(
        @NotNull @DefaultValue("30d") Duration repeatWindow,
        @NotNull @DefaultValue("180d") Duration linkWindow,
        @Min(2) @DefaultValue("3") int contactMinCustomers,
        @Min(2) @DefaultValue("4") int addressMinCustomers,
        @Min(2) @DefaultValue("10") int landlineMinCustomers,
        @Min(2) @DefaultValue("5") int lawFirmMinCustomers,
        @DecimalMin("0.1") @DecimalMax("1.0") @DefaultValue("0.5") double nearDuplicateSimilarity,
        @NotNull @DefaultValue("24h") Duration burstWindow,
        @Min(2) @DefaultValue("5") int burstMinComplaints,
        @Min(2) @DefaultValue("3") int ringMinCustomers,
        @Min(0) @DefaultValue("50") int maxReassessments) {

    public static RiskProperties defaults() {
        return new RiskProperties(Duration.ofDays(30), Duration.ofDays(180), 3, 4, 10, 5, 0.5, Duration.ofHours(24), 5,
                3, 50);
    }
}
