package org.complaintsuite.risk.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.Representative;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.text.Lexicon;

/**
 * Proxy (代理维权) risk from what a single complaint shows: a third party filing for the customer, a power of
 * attorney, an organization that sells "debt optimisation" or "legal" services, and the agencies' stock phrases
 * (domain brief §2). A third party alone is not enough for a high score: genuine customers use agents too.
 */
public final class ProxyScorer {

    static final int THIRD_PARTY_WEIGHT = 25;
    static final int POWER_OF_ATTORNEY_WEIGHT = 15;
    static final int AGENCY_ORGANIZATION_WEIGHT = 20;
    static final int FIRST_PHRASE_WEIGHT = 25;
    static final int FURTHER_PHRASE_WEIGHT = 10;
    static final int PHRASES_MAX_WEIGHT = 45;

    private static final Lexicon LEXICON = new Lexicon(Map.of(
            "AGENCY_PHRASES", List.of("全权委托", "停息挂账", "全额退息", "减免本金", "债务优化", "征信修复", "法务团队",
                    "反催收", "协商还款代办", "债务重组"),
            "AGENCY_ORGANIZATION", List.of("法务", "债务", "维权", "征信修复", "咨询")));

    public RiskAssessment assess(ComplaintReceived complaint) {
        List<RiskSignal> signals = new ArrayList<>();
        Representative representative = complaint.representative();
        if (representative != null) {
            String who = representative.organization() != null ? representative.organization()
                    : representative.name() != null ? representative.name() : "an unnamed agent";
            signals.add(new RiskSignal("THIRD_PARTY_AGENT", "a third party files on the customer's behalf",
                    THIRD_PARTY_WEIGHT, List.of(Evidence.fact("agent: " + who))));
            if (representative.powerOfAttorney()) {
                signals.add(new RiskSignal("POWER_OF_ATTORNEY", "a power of attorney came with the complaint",
                        POWER_OF_ATTORNEY_WEIGHT, complaint.attachments().stream()
                                .map(attachment -> Evidence.fact("attachment: " + attachment.name())).toList()));
            }
            if (representative.organization() != null) {
                List<Evidence> found = LEXICON.find("AGENCY_ORGANIZATION", representative.organization());
                if (!found.isEmpty()) {
                    signals.add(new RiskSignal("AGENCY_ORGANIZATION",
                            "the agent's organization sells debt or legal services", AGENCY_ORGANIZATION_WEIGHT,
                            found.stream().map(e -> new Evidence(Evidence.Kind.IDENTIFIER,
                                    representative.organization(), -1, -1)).distinct().toList()));
                }
            }
        }
        List<Evidence> phrases = LEXICON.find("AGENCY_PHRASES", complaint.text().customerText());
        long distinct = phrases.stream().map(Evidence::value).distinct().count();
        if (distinct > 0) {
            int weight = (int) Math.min(PHRASES_MAX_WEIGHT, FIRST_PHRASE_WEIGHT + (distinct - 1) * FURTHER_PHRASE_WEIGHT);
            signals.add(new RiskSignal("AGENCY_PHRASES", "uses proxy agencies' stock phrases", weight, phrases));
        }
        return RiskAssessment.fromSignals(signals);
    }
}
