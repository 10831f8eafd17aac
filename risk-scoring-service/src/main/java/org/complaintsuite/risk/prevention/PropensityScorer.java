package org.complaintsuite.risk.prevention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.complaintsuite.dissatisfaction.DissatisfactionModel;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.text.TextAnalysis;

/**
 * Complaint propensity of an ordinary service contact: how likely this customer complains next, from what they said
 * and what they did before. A score of 0–100 as the sum of its signals (capped), each with its evidence:
 * <ul>
 *     <li>the escalation signals of their words ({@link TextAnalysis}: threats, emotion, topics, vulnerability), as
 *     for a complaint, except the model's {@code DISSATISFIED}, which the next signal replaces;</li>
 *     <li>{@code DISSATISFACTION}: the dissatisfaction model reads the words as dissatisfied: {@value #DISSATISFIED_WEIGHT}
 *     at {@value #DISSATISFIED_AT} or more, {@value #LEANING_WEIGHT} at {@value #LEANING_AT} or more (a plain question
 *     can read up to about 0.9, docs/prevention.md); its cues and the probability as evidence;</li>
 *     <li>{@code REPEATED_CONTACTS}: {@value #REPEATED_CONTACTS_WEIGHT} when the customer got in touch at least
 *     {@value #REPEATED_CONTACTS} times in the week before, {@value #MANY_CONTACTS_WEIGHT} at {@value #MANY_CONTACTS}
 *     or more;</li>
 *     <li>{@code COMPLAINED_BEFORE}: {@value #COMPLAINED_BEFORE_WEIGHT} when the customer complained in the year
 *     before (the complaints as evidence);</li>
 *     <li>{@code RING_MEMBER}: {@value #RING_WEIGHT} when one of the customer's complaints is in a proxy ring: an agency
 *     that files for them will likely file again.</li>
 * </ul>
 * Levels as for every score: MEDIUM from 30, HIGH from 60, CRITICAL from 80.
 */
public final class PropensityScorer {

    static final double DISSATISFIED_AT = 0.95;
    static final int DISSATISFIED_WEIGHT = 30;
    static final double LEANING_AT = 0.85;
    static final int LEANING_WEIGHT = 15;
    static final int REPEATED_CONTACTS = 2;
    static final int REPEATED_CONTACTS_WEIGHT = 15;
    static final int MANY_CONTACTS = 4;
    static final int MANY_CONTACTS_WEIGHT = 25;
    static final int COMPLAINED_BEFORE_WEIGHT = 20;
    static final int RING_WEIGHT = 20;

    public RiskAssessment score(TextAnalysis text, DissatisfactionModel.Reading reading, ContactHistory.Facts history) {
        List<RiskSignal> signals = new ArrayList<>(text.lexiconSignals());
        dissatisfaction(reading).ifPresent(signals::add);
        if (history.contactsBefore() >= REPEATED_CONTACTS) {
            signals.add(new RiskSignal("REPEATED_CONTACTS", "got in touch %d times in the %d days before".formatted(
                    history.contactsBefore(), ContactHistory.CONTACTS_WINDOW.toDays()),
                    history.contactsBefore() >= MANY_CONTACTS ? MANY_CONTACTS_WEIGHT : REPEATED_CONTACTS_WEIGHT,
                    List.of(Evidence.fact(history.contactsBefore() + " earlier contacts"))));
        }
        if (!history.complaintsBefore().isEmpty()) {
            signals.add(new RiskSignal("COMPLAINED_BEFORE", "complained %d time(s) in the year before".formatted(
                    history.complaintsBefore().size()), COMPLAINED_BEFORE_WEIGHT,
                    history.complaintsBefore().stream()
                            .map(id -> new Evidence(Evidence.Kind.LINKED_COMPLAINT, id, -1, -1)).toList()));
        }
        history.ringId().ifPresent(ring -> signals.add(new RiskSignal("RING_MEMBER",
                "one of the customer's complaints is in a proxy ring", RING_WEIGHT,
                List.of(new Evidence(Evidence.Kind.RING, ring, -1, -1)))));
        return RiskAssessment.fromSignals(signals);
    }

    private static Optional<RiskSignal> dissatisfaction(DissatisfactionModel.Reading reading) {
        double p = reading.probability();
        if (p < LEANING_AT) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        reading.cues().forEach(cue -> evidence.add(Evidence.span(cue.text(), cue.start())));
        evidence.add(Evidence.fact(String.format(Locale.ROOT, "dissatisfaction model %.2f", p)));
        return Optional.of(new RiskSignal("DISSATISFACTION", p >= DISSATISFIED_AT
                ? "the words read as dissatisfied (dissatisfaction model)"
                : "the words lean towards dissatisfaction (dissatisfaction model)",
                p >= DISSATISFIED_AT ? DISSATISFIED_WEIGHT : LEANING_WEIGHT, evidence));
    }
}
