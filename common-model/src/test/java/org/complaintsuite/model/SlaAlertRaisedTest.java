package org.complaintsuite.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SlaAlertRaisedTest {

    private static final Instant STARTED = Instant.parse("2025-10-11T01:15:02Z");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theSameAlertAlwaysHasTheSameId() {
        assertThat(SlaAlertRaised.idOf("cmp-1", SlaAlertRaised.Clock.RESOLUTION, 75, STARTED))
                .isEqualTo(SlaAlertRaised.idOf("cmp-1", SlaAlertRaised.Clock.RESOLUTION, 75, STARTED));
    }

    @Test
    void theIdDoesNotChangeBetweenReleases() {
        // consumers may keep the ids they saw: the derivation is part of the contract (docs/workflow-service.md)
        assertThat(SlaAlertRaised.idOf("5b1c0f0e-8c1d-3b7a-9f3e-2a4d6c8e0b12", SlaAlertRaised.Clock.FIRST_CONTACT, 100,
                STARTED)).hasToString("42055424-9ccd-3c11-bf22-bacd51ceb847");
    }

    @Test
    void anotherCaseClockThresholdOrClockStartIsAnotherAlert() {
        var id = SlaAlertRaised.idOf("cmp-1", SlaAlertRaised.Clock.RESOLUTION, 75, STARTED);

        assertThat(SlaAlertRaised.idOf("cmp-2", SlaAlertRaised.Clock.RESOLUTION, 75, STARTED)).isNotEqualTo(id);
        assertThat(SlaAlertRaised.idOf("cmp-1", SlaAlertRaised.Clock.REGULATOR, 75, STARTED)).isNotEqualTo(id);
        assertThat(SlaAlertRaised.idOf("cmp-1", SlaAlertRaised.Clock.RESOLUTION, 90, STARTED)).isNotEqualTo(id);
        assertThat(SlaAlertRaised.idOf("cmp-1", SlaAlertRaised.Clock.RESOLUTION, 75, STARTED.plusSeconds(1)))
                .isNotEqualTo(id);
    }

    @Test
    void aHundredPercentIsABreachAndLessAWarning() {
        assertThat(SlaAlertRaised.kindOf(100)).isEqualTo(SlaAlertRaised.Kind.BREACH);
        assertThat(SlaAlertRaised.kindOf(90)).isEqualTo(SlaAlertRaised.Kind.WARNING);
    }

    @Test
    void survivesARoundTripWithIsoTimesAndNamedEnums() {
        var alert = new SlaAlertRaised(SlaAlertRaised.idOf("cmp-1", SlaAlertRaised.Clock.FIRST_CONTACT, 100, STARTED),
                STARTED.plusSeconds(172_805), "cmp-1", SlaAlertRaised.Clock.FIRST_CONTACT, 100,
                SlaAlertRaised.Kind.BREACH, STARTED, STARTED.plusSeconds(172_800), STARTED.plusSeconds(172_800),
                "ESCALATED", null);

        String text = json.writeValueAsString(alert);
        JsonNode tree = json.readTree(text);

        assertThat(json.readValue(text, SlaAlertRaised.class)).isEqualTo(alert);
        assertThat(tree.get("clock").asString()).isEqualTo("FIRST_CONTACT");
        assertThat(tree.get("kind").asString()).isEqualTo("BREACH");
        assertThat(tree.get("passedAt").asString()).isEqualTo("2025-10-13T01:15:02Z");
    }
}
