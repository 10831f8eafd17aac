package org.complaintsuite.risk;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
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
 * @param limits                    how much the link store reads and shows per question
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
        @Min(0) @DefaultValue("50") int maxReassessments,
        @Valid @NotNull @DefaultValue Limits limits) {

    public static RiskProperties defaults() {
        return new RiskProperties(Duration.ofDays(30), Duration.ofDays(180), 3, 4, 10, 5, 0.5, Duration.ofHours(24), 5,
                3, 50, Limits.defaults());
    }

    /**
     * The link store's bounds (risk.limits.*): what one scoring reads, so that a hotline carried by thousands of
     * complaints costs no more than a few, and what evidence and the ring API show.
     *
     * @param repeatsListed           the customer's earlier (and, apart, later) complaints read per complaint
     * @param identifierRowsRead      complaints read per identifier in the link window, the earliest first
     * @param burstRowsRead           complaints read per identifier in the burst window
     * @param linkedComplaintsShown   other customers' complaints named per shared identifier
     * @param nearDuplicateCandidates candidate near-duplicates compared, those sharing most text bands
     * @param bandRowsRead            complaints read per text band in the link window, the earliest first
     * @param ringMembersShown        ring members named in a ring's evidence and in the ring API
     * @param ringEdgesListed         links listed by the ring API
     * @param edgeDetailLength        characters of a link's detail kept (the column holds 300)
     */
    public record Limits(
            @Min(1) @DefaultValue("20") int repeatsListed,
            @Min(1) @DefaultValue("2000") int identifierRowsRead,
            @Min(1) @DefaultValue("1000") int burstRowsRead,
            @Min(1) @DefaultValue("10") int linkedComplaintsShown,
            @Min(1) @DefaultValue("20") int nearDuplicateCandidates,
            @Min(1) @DefaultValue("200") int bandRowsRead,
            @Min(1) @DefaultValue("20") int ringMembersShown,
            @Min(1) @DefaultValue("1000") int ringEdgesListed,
            @Min(1) @Max(300) @DefaultValue("300") int edgeDetailLength) {

        public static Limits defaults() {
            return new Limits(20, 2000, 1000, 10, 20, 200, 20, 1000, 300);
        }
    }
}
