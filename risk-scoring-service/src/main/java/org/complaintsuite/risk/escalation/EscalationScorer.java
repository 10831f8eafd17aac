package org.complaintsuite.risk.escalation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.risk.text.Lexicon;

/**
 * Escalation risk from explicit threats in the customer's words (domain brief §5) and from the complaint already
 * being at a regulator. Each kind of threat counts once, however often it is repeated, and every occurrence is
 * shown as evidence.
 */
public final class EscalationScorer {

    /** Signal code → (description, weight, keywords). */
    private record Threat(String description, int weight, List<String> keywords) {
    }

    private static final Map<String, Threat> THREATS = new LinkedHashMap<>();

    static {
        THREATS.put("REGULATOR_THREAT", new Threat("threatens to complain to a regulator", 45, List.of(
                "银保监会", "银监会", "保监会", "金融监管总局", "金融监督管理总局", "监管局", "12378", "人民银行", "央行",
                "12363", "12315", "消协", "消费者协会", "金融办")));
        THREATS.put("MEDIA_THREAT", new Threat("threatens media exposure", 35, List.of(
                "媒体", "曝光", "记者", "电视台", "网上发帖", "黑猫投诉")));
        THREATS.put("LEGAL_THREAT", new Threat("threatens legal action", 35, List.of(
                "律师", "起诉", "法院", "诉讼", "打官司")));
        THREATS.put("POLICE_THREAT", new Threat("threatens to call the police", 35, List.of(
                "报警", "公安", "派出所")));
        THREATS.put("PETITION_THREAT", new Threat("threatens to petition", 35, List.of("上访", "信访")));
    }

    static final int AT_REGULATOR_WEIGHT = 30;

    private final Lexicon lexicon;

    public EscalationScorer() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        THREATS.forEach((code, threat) -> groups.put(code, threat.keywords()));
        this.lexicon = new Lexicon(groups);
    }

    public RiskAssessment assess(ComplaintReceived complaint) {
        String text = complaint.text().customerText();
        List<RiskSignal> signals = new ArrayList<>();
        THREATS.forEach((code, threat) -> {
            List<Evidence> evidence = lexicon.find(code, text);
            if (!evidence.isEmpty()) {
                signals.add(new RiskSignal(code, threat.description(), threat.weight(), evidence));
            }
        });
        if (complaint.channel() == Channel.REGULATOR) {
            String caseNumber = complaint.regulator() == null ? complaint.externalReference()
                    : complaint.regulator().caseNumber();
            signals.add(new RiskSignal("AT_REGULATOR", "the complaint already came through a regulator or public platform",
                    AT_REGULATOR_WEIGHT, List.of(Evidence.fact(complaint.source() + " case " + caseNumber))));
        }
        return RiskAssessment.fromSignals(signals);
    }
}
