package org.complaintsuite.risk.escalation;

import java.util.ArrayList;
import java.util.List;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.links.LinkContext;
import org.complaintsuite.risk.text.TextAnalysis;

/**
 * Escalation risk: how likely this customer escalates to a regulator, the media or a court, or keeps complaining
 * (domain brief §5). The customer's words (threats, emotion, topics, vulnerability, from {@link TextAnalysis}) plus
 * the context: earlier complaints of the same customer, and a complaint that already came through a regulator or a
 * public platform.
 */
public final class EscalationScorer {

    static final int AT_REGULATOR_WEIGHT = 30;
    static final int REPEAT_WEIGHT = 20;
    static final int REPEATS_WEIGHT = 30;
    static final int ESCALATED_AND_ANGRY_WEIGHT = 20;

    public RiskAssessment assess(ComplaintReceived complaint, TextAnalysis text, LinkContext context) {
        List<RiskSignal> signals = new ArrayList<>(text.signals());
        boolean saysEscalated = text.saysAlreadyEscalated();
        boolean atRegulator = complaint.channel() == Channel.REGULATOR;
        if (atRegulator) {
            String caseNumber = complaint.regulator() == null ? complaint.externalReference()
                    : complaint.regulator().caseNumber();
            boolean publicPlatform = complaint.source() == ComplaintSource.HEIMAO;
            signals.add(new RiskSignal(publicPlatform ? "AT_PUBLIC_PLATFORM" : "AT_REGULATOR",
                    publicPlatform ? "the complaint is already public on a complaint platform"
                            : "the complaint already came through a regulator",
                    AT_REGULATOR_WEIGHT, List.of(Evidence.fact(complaint.source() + " case " + caseNumber))));
            if (saysEscalated) {
                // one escalation context, however many times it is shown: listed, but it adds nothing more
                signals.replaceAll(s -> TextAnalysis.isAlreadyEscalated(s)
                        ? new RiskSignal(s.code(), s.description(), 0, s.evidence()) : s);
            }
        }
        if ((atRegulator || saysEscalated) && text.strongEmotion()) {
            // already outside the firm and still angry: the next step is the media or a court
            List<String> emotions = text.negativeEmotions();
            signals.add(new RiskSignal("ESCALATED_AND_ANGRY", "already escalated and still upset",
                    ESCALATED_AND_ANGRY_WEIGHT, List.of(Evidence.fact(String.join(", ", emotions)))));
        }
        List<String> earlier = context.earlierComplaintsOfCustomer();
        if (!earlier.isEmpty()) {
            signals.add(new RiskSignal("REPEAT_COMPLAINT",
                    "the same customer complained %d time(s) in the %d days before".formatted(earlier.size(),
                            context.repeatWindowDays()),
                    earlier.size() > 1 ? REPEATS_WEIGHT : REPEAT_WEIGHT,
                    earlier.stream().map(id -> new Evidence(Evidence.Kind.LINKED_COMPLAINT, id, -1, -1)).toList()));
        }
        return RiskAssessment.fromSignals(signals);
    }
}
