package org.complaintsuite.e2e.evaluation;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.e2e.evaluation.EvaluationSetGenerator.Channel;
import org.complaintsuite.e2e.evaluation.Phrases.Cue;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationSetGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSameSeedGivesTheSameSetAndAnotherSeedAnotherOne() {
        List<LabelledComplaint> first = new EvaluationSetGenerator(7).generate(300);
        List<LabelledComplaint> again = new EvaluationSetGenerator(7).generate(300);
        List<LabelledComplaint> other = new EvaluationSetGenerator(8).generate(300);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aSetHasTheRequestedSizeInTimeOrderWithUniqueReferencesAndAboutThirtyPercentProxies() {
        List<LabelledComplaint> set = new EvaluationSetGenerator(20251011).generate(600);

        assertThat(set).hasSize(600);
        for (int i = 1; i < set.size(); i++) {
            assertThat(set.get(i).receivedAt()).isAfterOrEqualTo(set.get(i - 1).receivedAt());
            assertThat(set.get(i).sequence()).isEqualTo(i + 1);
        }
        assertThat(set.stream().map(c -> c.channel() + ":" + c.externalReference()).collect(Collectors.toSet()))
                .hasSize(600);
        assertThat(set.stream().filter(LabelledComplaint::proxy).count()).isEqualTo(180);
        assertThat(set.stream().map(LabelledComplaint::channel).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Channel.values());
    }

    @Test
    void everyKindOfTheBriefIsInTheDefaultSet() {
        Set<String> kinds = new EvaluationSetGenerator(20251011).generate().stream()
                .map(c -> c.kind().replace("+burst", "")).collect(Collectors.toSet());

        assertThat(kinds).contains("proxy.shared-agent", "proxy.shared-contact", "proxy.template", "proxy.mixed",
                "proxy.lone-agency", "genuine.routine", "genuine.fee-question", "genuine.polite", "genuine.threat",
                "genuine.angry", "genuine.distressed", "genuine.vulnerable-calm", "genuine.abusive-collection",
                "genuine.non-threat-mention", "genuine.regulator-transfer", "genuine.family-address",
                "genuine.repeat-customer", "genuine.company-switchboard", "genuine.family-agent", "genuine.lawyer",
                "genuine.incident-wave", "genuine.identity-theft");
    }

    @Test
    void ringsSpanThreeToTwentyFiveBorrowersAndSomeFileInBursts() {
        List<LabelledComplaint> set = new EvaluationSetGenerator(20251011).generate();
        Map<String, List<LabelledComplaint>> rings = set.stream().filter(c -> c.proxy() && c.group() != null)
                .collect(Collectors.groupingBy(LabelledComplaint::group));

        assertThat(rings.values()).allSatisfy(ring -> assertThat(ring.size()).isBetween(3, 27));
        assertThat(rings.values().stream().mapToInt(List::size).max().orElseThrow()).isGreaterThanOrEqualTo(15);
        assertThat(set).anyMatch(c -> c.kind().endsWith("+burst"));
    }

    @Test
    void payloadsHaveTheShapesOfTheBrief() {
        for (LabelledComplaint complaint : new EvaluationSetGenerator(3).generate(400)) {
            JsonNode payload = JSON.readTree(complaint.payload());
            switch (complaint.channel()) {
                case PHONE -> {
                    assertThat(payload.get("callId").asString()).isEqualTo(complaint.externalReference());
                    assertThat(payload.hasNonNull("startedAt")).isTrue();
                    boolean words = false;
                    for (JsonNode segment : payload.get("transcript")) {
                        words |= !segment.get("speaker").asString().equals("AGENT");
                    }
                    assertThat(words || !payload.get("agentSummary").asString().isBlank()).isTrue();
                }
                case CHAT -> {
                    assertThat(payload.get("sessionId").asString()).isEqualTo(complaint.externalReference());
                    assertThat(payload.get("messages").get(0).get("from").asString()).isIn("USER", "用户");
                    assertThat(payload.get("messages").get(0).get("sentAt").asLong())
                            .isEqualTo(complaint.receivedAt().toEpochMilli());
                }
                case REGULATOR -> {
                    assertThat(payload.get("caseNumber").asString()).isEqualTo(complaint.externalReference());
                    assertThat(payload.get("content").asString()).isNotBlank();
                    assertThat(payload.hasNonNull("transferredAt")).isTrue();
                    JsonNode id = payload.get("complainant").get("idNumber");
                    if (id != null) {
                        String number = id.asString();
                        assertThat(People.checkCharacter(number.substring(0, 17))).isEqualTo(number.charAt(17));
                    }
                }
            }
            assertThat(complaint.text()).doesNotContain("{", "}", "[", "]");
        }
    }

    @Test
    void theEscalationLabelFollowsTheRuleOfTheClassComment() {
        assertThat(EvaluationSetGenerator.escalation(EnumSet.of(Cue.THREAT_MEDIA), Channel.CHAT)).isTrue();
        assertThat(EvaluationSetGenerator.escalation(EnumSet.of(Cue.ACUTE_DISTRESS), Channel.PHONE)).isTrue();
        assertThat(EvaluationSetGenerator.escalation(EnumSet.of(Cue.STRONG_ANGER), Channel.REGULATOR)).isTrue();
        assertThat(EvaluationSetGenerator.escalation(EnumSet.of(Cue.STRONG_ANGER, Cue.ALREADY_ESCALATED),
                Channel.CHAT)).isTrue();

        assertThat(EvaluationSetGenerator.escalation(EnumSet.of(Cue.STRONG_ANGER), Channel.CHAT)).isFalse();
        assertThat(EvaluationSetGenerator.escalation(EnumSet.of(Cue.NON_THREAT_MENTION, Cue.MILD_ANGER),
                Channel.PHONE)).isFalse();
        assertThat(EvaluationSetGenerator.escalation(EnumSet.of(Cue.VULNERABLE, Cue.POLITE), Channel.CHAT)).isFalse();
        assertThat(EvaluationSetGenerator.escalation(EnumSet.noneOf(Cue.class), Channel.REGULATOR)).isFalse();
    }

    @Test
    void innocentSharingIsNeverLabelledProxyAndNegatedMentionsAloneNeverEscalation() {
        List<LabelledComplaint> set = new EvaluationSetGenerator(11).generate();

        assertThat(set).filteredOn(c -> c.kind().startsWith("genuine.")).noneMatch(LabelledComplaint::proxy);
        assertThat(set).filteredOn(c -> c.kind().startsWith("proxy.")).allMatch(LabelledComplaint::proxy);
        assertThat(set).filteredOn(c -> c.escalationKind().equals("none:non-threat-mention"))
                .isNotEmpty().noneMatch(LabelledComplaint::escalation);
        Set<String> reasons = new HashSet<>();
        set.forEach(c -> reasons.add(c.escalationKind().split(":")[0]));
        assertThat(reasons).contains("threat", "distress", "escalated", "none");
    }
}
