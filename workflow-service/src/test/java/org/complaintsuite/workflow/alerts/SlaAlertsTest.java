package org.complaintsuite.workflow.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.calendar.WorkingCalendars;
import org.complaintsuite.workflow.cases.CaseChange;
import org.complaintsuite.workflow.cases.ComplaintCase;
import org.complaintsuite.workflow.cases.ComplaintReason;
import org.complaintsuite.workflow.cases.ContactMethod;
import org.complaintsuite.workflow.routing.Router;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.sla.SlaClock;
import org.complaintsuite.workflow.sla.SlaPolicies;
import org.complaintsuite.workflow.sla.SlaProperties;
import org.complaintsuite.workflow.cases.CaseRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** What the scan makes of a case's due alerts: which alerts, with which ids, and what the timeline says. */
class SlaAlertsTest {

    private static final SlaProperties SLA = new SlaProperties(Duration.ofHours(48), 5, 15, Duration.ofDays(30),
            List.of(50, 75, 90), List.of());
    private static final CaseRules RULES = new CaseRules(new SlaPolicies(SLA),
            new WorkingCalendar(WorkingCalendars.bundled(JsonMapper.builder().build())));
    private static final Instant RECEIVED = Instant.parse("2025-09-30T02:00:00Z");
    private static final Instant LONG_AFTER = RECEIVED.plus(Duration.ofDays(60));

    private static ComplaintCase open(String complaintId, Channel channel, ComplaintSource source) {
        var complaint = new ComplaintReceived(UUID.randomUUID(), RECEIVED, complaintId, channel, source,
                "REF-" + complaintId, RECEIVED,
                new Customer(null, "cust-" + complaintId, null, "+8613800138000", null, null, null, null, null), null,
                new ComplaintText("利息太高了", "利息太高了", null, null, null, null),
                channel == Channel.REGULATOR ? new RegulatorTransfer("NFRA-1", null) : null, List.of(), List.of());
        return ComplaintCase.open(complaint, null, null, new Router.Decision(SpecialistGroup.GENERAL, "routine"), null,
                RULES, RECEIVED);
    }

    private static List<SlaAlertRaised> scan(ComplaintCase kase, Instant now) {
        return kase.takeDueAlerts(RULES, now).stream().map(alert -> SlaAlerts.event(kase, alert, now)).toList();
    }

    @Test
    void everyClockOfACaseHasItsOwnClockInTheAlertEvent() {
        assertThat(Arrays.stream(SlaClock.values()).map(SlaAlerts::clockOf))
                .containsExactlyInAnyOrder(SlaAlertRaised.Clock.values());
    }

    @Test
    void anOverdueRegulatorCaseRaisesThreeWarningsAndABreachOnEachOfItsThreeClocks() {
        ComplaintCase kase = open("c-1", Channel.REGULATOR, ComplaintSource.NFRA_12378);
        kase.lifecycle().assign("agent-li", "lead-wang", RECEIVED.plusSeconds(60));

        List<SlaAlertRaised> alerts = scan(kase, LONG_AFTER);

        assertThat(alerts).extracting(SlaAlertRaised::clock, SlaAlertRaised::threshold, SlaAlertRaised::kind)
                .containsExactlyInAnyOrder(
                        tuple(SlaAlertRaised.Clock.FIRST_CONTACT, 50, SlaAlertRaised.Kind.WARNING),
                        tuple(SlaAlertRaised.Clock.FIRST_CONTACT, 75, SlaAlertRaised.Kind.WARNING),
                        tuple(SlaAlertRaised.Clock.FIRST_CONTACT, 90, SlaAlertRaised.Kind.WARNING),
                        tuple(SlaAlertRaised.Clock.FIRST_CONTACT, 100, SlaAlertRaised.Kind.BREACH),
                        tuple(SlaAlertRaised.Clock.RESOLUTION, 50, SlaAlertRaised.Kind.WARNING),
                        tuple(SlaAlertRaised.Clock.RESOLUTION, 75, SlaAlertRaised.Kind.WARNING),
                        tuple(SlaAlertRaised.Clock.RESOLUTION, 90, SlaAlertRaised.Kind.WARNING),
                        tuple(SlaAlertRaised.Clock.RESOLUTION, 100, SlaAlertRaised.Kind.BREACH),
                        tuple(SlaAlertRaised.Clock.REGULATOR, 50, SlaAlertRaised.Kind.WARNING),
                        tuple(SlaAlertRaised.Clock.REGULATOR, 75, SlaAlertRaised.Kind.WARNING),
                        tuple(SlaAlertRaised.Clock.REGULATOR, 90, SlaAlertRaised.Kind.WARNING),
                        tuple(SlaAlertRaised.Clock.REGULATOR, 100, SlaAlertRaised.Kind.BREACH));
        assertThat(alerts).extracting(SlaAlertRaised::eventId).doesNotHaveDuplicates();
        assertThat(alerts).allSatisfy(alert -> {
            assertThat(alert.complaintId()).isEqualTo("c-1");
            assertThat(alert.group()).isEqualTo("GENERAL");
            assertThat(alert.assignee()).isEqualTo("agent-li");
            assertThat(alert.clockStartedAt()).isEqualTo(RECEIVED);
            assertThat(alert.occurredAt()).isEqualTo(LONG_AFTER);
            assertThat(alert.passedAt()).isBeforeOrEqualTo(alert.dueAt());
        });
        assertThat(alerts).filteredOn(alert -> alert.clock() == SlaAlertRaised.Clock.FIRST_CONTACT)
                .extracting(SlaAlertRaised::passedAt).containsExactly(RECEIVED.plus(Duration.ofHours(24)),
                        RECEIVED.plus(Duration.ofHours(36)), RECEIVED.plus(Duration.ofMinutes(2592)),
                        RECEIVED.plus(Duration.ofHours(48)));
        assertThat(scan(kase, LONG_AFTER.plusSeconds(5))).isEmpty();
        assertThat(kase.getNextAlertAt()).isNull();
    }

    @Test
    void twoScansOfTheSameCaseMakeTheSameEventIdsWhenEverTheyRun() {
        // two instances working from copies of the same case: the ids collide, and sla_alert keeps one of each
        List<SlaAlertRaised> one = scan(open("c-2", Channel.PHONE, ComplaintSource.PHONE), LONG_AFTER);
        List<SlaAlertRaised> other = scan(open("c-2", Channel.PHONE, ComplaintSource.PHONE),
                LONG_AFTER.plusSeconds(7));

        assertThat(one).hasSize(8);
        assertThat(other).extracting(SlaAlertRaised::eventId)
                .containsExactlyElementsOf(one.stream().map(SlaAlertRaised::eventId).toList());
    }

    @Test
    void aMetClockRaisesNothingFurther() {
        ComplaintCase kase = open("c-3", Channel.PHONE, ComplaintSource.PHONE);
        assertThat(scan(kase, RECEIVED.plus(Duration.ofHours(25)))).extracting(SlaAlertRaised::clock,
                SlaAlertRaised::threshold).containsExactly(tuple(SlaAlertRaised.Clock.FIRST_CONTACT, 50));

        kase.lifecycle().contacted(RECEIVED.plus(Duration.ofHours(26)), ContactMethod.PHONE, "reached", "agent-li",
                RULES,
                RECEIVED.plus(Duration.ofHours(26)));
        kase.lifecycle().resolve("explained the fee", ComplaintReason.PRICING_AND_FEES, "agent-li", RULES,
                RECEIVED.plus(Duration.ofHours(27)));

        assertThat(scan(kase, LONG_AFTER)).isEmpty();
        assertThat(kase.getNextAlertAt()).isNull();
    }

    @Test
    void aPausedClockRaisesNothingWhileItsPauseLasts() {
        ComplaintCase kase = open("c-4", Channel.PHONE, ComplaintSource.PHONE);
        kase.lifecycle().contacted(RECEIVED.plusSeconds(60), ContactMethod.PHONE, "reached", "agent-li", RULES,
                RECEIVED.plusSeconds(60));
        kase.lifecycle().pause("waiting for the customer's statement", "agent-li", RULES,
                RECEIVED.plus(Duration.ofHours(1)));

        // the resolution clock alone was 50 % through after about a week: paused, it is not
        assertThat(scan(kase, RECEIVED.plus(Duration.ofDays(20)))).isEmpty();
    }

    @Test
    void aReopenedCaseRaisesItsNewResolutionClockWithNewIds() {
        ComplaintCase kase = open("c-5", Channel.PHONE, ComplaintSource.PHONE);
        kase.lifecycle().contacted(RECEIVED.plusSeconds(60), ContactMethod.PHONE, "reached", "agent-li", RULES,
                RECEIVED.plusSeconds(60));
        List<SlaAlertRaised> before = scan(kase, RECEIVED.plus(Duration.ofDays(14)));
        kase.lifecycle().resolve("explained", ComplaintReason.DISCLOSURE, "agent-li", RULES,
                RECEIVED.plus(Duration.ofDays(14)));
        Instant reopened = Instant.parse("2025-10-20T02:00:00Z");
        kase.lifecycle().reopen("not satisfied", "agent-li", RULES, reopened);

        List<SlaAlertRaised> after = scan(kase, Instant.parse("2025-11-30T00:00:00Z"));

        assertThat(after).extracting(SlaAlertRaised::clock).containsOnly(SlaAlertRaised.Clock.RESOLUTION);
        assertThat(after).extracting(SlaAlertRaised::threshold).containsExactlyInAnyOrder(50, 75, 90, 100);
        assertThat(after).extracting(SlaAlertRaised::clockStartedAt).containsOnly(reopened);
        assertThat(after).extracting(SlaAlertRaised::eventId)
                .doesNotContainAnyElementsOf(before.stream().map(SlaAlertRaised::eventId).toList());
    }

    @Test
    void theTimelineSaysWhichClockPassedWhatAndCarriesTheEventId() {
        ComplaintCase kase = open("c-6", Channel.PHONE, ComplaintSource.PHONE);
        List<SlaAlertRaised> alerts = scan(kase, RECEIVED.plus(Duration.ofHours(49)));

        CaseChange warning = SlaAlerts.timelineEntry(alerts.getFirst());
        CaseChange breach = SlaAlerts.timelineEntry(alerts.stream()
                .filter(alert -> alert.kind() == SlaAlertRaised.Kind.BREACH).findFirst().orElseThrow());

        assertThat(warning.type()).isEqualTo(CaseChange.Type.SLA_ALERT);
        assertThat(warning.actor()).isEqualTo("sla");
        assertThat(warning.description()).startsWith("SLA warning: the first-contact clock passed 50 %");
        assertThat(warning.detail()).containsEntry("eventId", alerts.getFirst().eventId().toString())
                .containsEntry("threshold", 50);
        assertThat(breach.description()).isEqualTo("SLA breach: the first-contact clock passed its due time "
                + RECEIVED.plus(Duration.ofHours(48)));
    }
}
