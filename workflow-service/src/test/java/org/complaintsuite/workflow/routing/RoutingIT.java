package org.complaintsuite.workflow.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.KafkaTestInfrastructure;
import org.complaintsuite.testsupport.PostgresTestInfrastructure;
import org.complaintsuite.workflow.Events;
import org.complaintsuite.workflow.cases.CaseChange;
import org.complaintsuite.workflow.cases.CaseTimeline;
import org.complaintsuite.workflow.cases.ComplaintCase;
import org.complaintsuite.workflow.cases.ComplaintCaseRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Routing, repeats and policies from the complaint topics, on a real broker and PostgreSQL. */
@SpringBootTest
@Import({KafkaTestInfrastructure.class, PostgresTestInfrastructure.class})
class RoutingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    ComplaintCaseRepository cases;

    @Autowired
    CaseTimeline timeline;

    /** An assessment with the given scores and topic signals (each topic signal weighs 0: it only names the topic). */
    private static ComplaintAssessed assessed(String complaintId, Instant at, int escalation, int proxy,
            String... topics) {
        List<RiskSignal> signals = new java.util.ArrayList<>(Arrays.stream(topics)
                .map(topic -> new RiskSignal(topic, topic, 0, List.of())).toList());
        if (escalation > 0) {
            signals.add(new RiskSignal("ANGER", "anger", escalation, List.of()));
        }
        return new ComplaintAssessed(UUID.randomUUID(), at, complaintId, RiskAssessment.fromSignals(signals),
                RiskAssessment.fromSignals(proxy == 0 ? List.of()
                        : List.of(new RiskSignal("SHARED_AGENT_CONTACT", "shared", proxy, List.of()))));
    }

    private ComplaintCase received(String id, ComplaintSource source) {
        kafka.send(Topics.COMPLAINTS_RECEIVED, id, Events.received(id, source, RECEIVED));
        await().atMost(TIMEOUT).until(() -> cases.existsById(id));
        return cases.findById(id).orElseThrow();
    }

    private ComplaintCase routedTo(String id, SpecialistGroup group) {
        await().atMost(TIMEOUT).until(() -> cases.findById(id).map(kase -> kase.getGroup() == group).orElse(false));
        return cases.findById(id).orElseThrow();
    }

    @Test
    void eachRuleRoutesToItsGroupAndSaysWhy() {
        record Expectation(String id, ComplaintSource source, int escalation, int proxy, String[] topics,
                SpecialistGroup group, String reason) {
        }
        List<Expectation> expectations = List.of(
                new Expectation("rt-fees", ComplaintSource.APP, 10, 0, new String[] {"FEES"}, SpecialistGroup.FEES,
                        "fees topic"),
                new Expectation("rt-credit", ComplaintSource.PHONE, 10, 0, new String[] {"CREDIT_REPORT", "FEES"},
                        SpecialistGroup.CREDIT_REPORT, "credit-report topic"),
                new Expectation("rt-medium", ComplaintSource.WECHAT, 40, 0, new String[] {"FEES"},
                        SpecialistGroup.PROACTIVE, "escalation risk MEDIUM"),
                new Expectation("rt-heimao", ComplaintSource.HEIMAO, 10, 0, new String[0],
                        SpecialistGroup.PUBLIC_PLATFORM, "public complaint platform"),
                new Expectation("rt-12363", ComplaintSource.PBOC_12363, 10, 0, new String[] {"CREDIT_REPORT"},
                        SpecialistGroup.ESCALATED, "regulator transfer (PBOC_12363)"),
                new Expectation("rt-collection", ComplaintSource.APP, 10, 0, new String[] {"ABUSIVE_COLLECTION"},
                        SpecialistGroup.COMPLEX, "abusive-collection topic"),
                new Expectation("rt-proxy", ComplaintSource.NFRA_12378, 85, 70, new String[0],
                        SpecialistGroup.ANTI_FRAUD, "proxy risk HIGH"),
                new Expectation("rt-routine", ComplaintSource.PHONE, 10, 10, new String[0], SpecialistGroup.GENERAL,
                        "routine"));

        for (Expectation expected : expectations) {
            kafka.send(Topics.COMPLAINTS_RECEIVED, expected.id(), Events.received(expected.id(), expected.source(),
                    RECEIVED));
            kafka.send(Topics.COMPLAINTS_ASSESSED, expected.id(), assessed(expected.id(), RECEIVED.plusSeconds(5),
                    expected.escalation(), expected.proxy(), expected.topics()));
        }

        for (Expectation expected : expectations) {
            await().atMost(TIMEOUT).untilAsserted(() -> {
                var found = cases.findById(expected.id());
                assertThat(found).as(expected.id()).isPresent();
                ComplaintCase kase = found.get();
                assertThat(kase.getEscalationLevel()).isNotNull();
                assertThat(kase.getGroup()).as(expected.id()).isEqualTo(expected.group());
                assertThat(kase.getRoutingReason()).as(expected.id()).isEqualTo(expected.reason());
            });
        }
    }

    @Test
    void aReissuedAssessmentReroutesTheOpenCaseAndTheTimelineSaysWhy() {
        received("rt-ring", ComplaintSource.APP);
        kafka.send(Topics.COMPLAINTS_ASSESSED, "rt-ring", assessed("rt-ring", RECEIVED.plusSeconds(5), 10, 25));
        routedTo("rt-ring", SpecialistGroup.GENERAL);
        await().atMost(TIMEOUT).until(() -> "routine".equals(cases.findById("rt-ring").orElseThrow()
                .getRoutingReason()));

        // a ring found later: the same complaint assessed again with the new evidence
        kafka.send(Topics.COMPLAINTS_ASSESSED, "rt-ring", assessed("rt-ring", RECEIVED.plusSeconds(600), 10, 75));

        routedTo("rt-ring", SpecialistGroup.ANTI_FRAUD);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(timeline.of("rt-ring"))
                .filteredOn(entry -> entry.type() == CaseChange.Type.ROUTED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("risk-scoring");
                    assertThat(entry.detail()).containsEntry("from", "GENERAL").containsEntry("to", "ANTI_FRAUD")
                            .containsEntry("reason", "proxy risk HIGH");
                }));
    }

    @Test
    void aComplaintFromACustomerWithAnOpenCaseIsLinkedAsARepeat() {
        ComplaintReceived first = withCustomer(Events.received("rt-first", ComplaintSource.PHONE, RECEIVED), "cust-9");
        ComplaintReceived again = withCustomer(Events.received("rt-again", ComplaintSource.APP,
                RECEIVED.plus(Duration.ofDays(2))), "cust-9");
        kafka.send(Topics.COMPLAINTS_RECEIVED, first.complaintId(), first);
        await().atMost(TIMEOUT).until(() -> cases.existsById("rt-first"));
        kafka.send(Topics.COMPLAINTS_RECEIVED, again.complaintId(), again);

        ComplaintCase repeat = routedTo("rt-again", SpecialistGroup.COMPLEX);
        assertThat(repeat.getRepeatOf()).isEqualTo("rt-first");
        assertThat(repeat.getRoutingReason()).isEqualTo("repeat complaint");
        assertThat(timeline.of("rt-first")).extracting(CaseTimeline.Entry::type)
                .contains(CaseChange.Type.REPEAT_RECEIVED);
    }

    @Test
    void aCriticalAssessmentAppliesTheTwoHourPolicyAndRecordsIt() {
        ComplaintCase opened = received("rt-critical", ComplaintSource.PHONE);
        assertThat(opened.getClocks().getSlaPolicy()).isEqualTo("standard");
        assertThat(opened.getClocks().getFirstContactDueAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(48)));

        kafka.send(Topics.COMPLAINTS_ASSESSED, "rt-critical", assessed("rt-critical", RECEIVED.plusSeconds(5), 90, 0));

        ComplaintCase escalated = routedTo("rt-critical", SpecialistGroup.ESCALATED);
        await().atMost(TIMEOUT).until(() -> "critical-escalation".equals(
                cases.findById("rt-critical").orElseThrow().getClocks().getSlaPolicy()));
        assertThat(cases.findById("rt-critical").orElseThrow().getClocks().getFirstContactDueAt())
                .isEqualTo(RECEIVED.plus(Duration.ofHours(2)));
        assertThat(timeline.of(escalated.getComplaintId())).extracting(CaseTimeline.Entry::type)
                .contains(CaseChange.Type.POLICY_APPLIED);
    }

    private static ComplaintReceived withCustomer(ComplaintReceived complaint, String customerKey) {
        Customer customer = complaint.customer();
        return new ComplaintReceived(complaint.eventId(), complaint.occurredAt(), complaint.complaintId(),
                complaint.channel(), complaint.source(), complaint.externalReference(), complaint.receivedAt(),
                new Customer(customer.customerId(), customerKey, customer.name(), customer.phone(),
                        customer.idNumberHash(), customer.idNumberMasked(), customer.email(), customer.address(),
                        customer.addressKey()),
                complaint.representative(), complaint.text(), complaint.regulator(), complaint.attachments(),
                complaint.normalizationWarnings());
    }
}
