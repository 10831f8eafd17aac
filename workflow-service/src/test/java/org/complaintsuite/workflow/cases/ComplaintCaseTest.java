package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.support.ConflictException;
import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.calendar.WorkingCalendars;
import org.complaintsuite.workflow.calendar.YearSchedule;
import org.complaintsuite.workflow.routing.Router;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.sla.ClockState;
import org.complaintsuite.workflow.sla.SlaClock;
import org.complaintsuite.workflow.sla.SlaPolicies;
import org.complaintsuite.workflow.sla.SlaPolicy;
import org.complaintsuite.workflow.sla.SlaProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ComplaintCaseTest {

    private static final List<YearSchedule> SCHEDULES = WorkingCalendars.bundled(JsonMapper.builder().build());
    private static final SlaProperties SLA = new SlaProperties(Duration.ofHours(48), 5, 15, Duration.ofDays(30),
            List.of(50, 75, 90), List.of(new SlaPolicy("critical-escalation", Duration.ofHours(2), null,
                    RiskLevel.CRITICAL, null, null, null)));
    private static final CaseRules RULES = new CaseRules(new SlaPolicies(SLA),
            new WorkingCalendar(SCHEDULES));
    private static final Router.Decision GENERAL = new Router.Decision(SpecialistGroup.GENERAL, "routine");

    /** The brief's example: received 2025-09-30 10:00 Beijing time, before the National Day holiday. */
    private static final Instant RECEIVED = Instant.parse("2025-09-30T02:00:00Z");

    private static ComplaintReceived complaint(Channel channel, ComplaintSource source, Instant receivedAt,
            RegulatorTransfer regulator) {
        return new ComplaintReceived(UUID.randomUUID(), receivedAt, "c-1", channel, source, "REF-1", receivedAt,
                new Customer(null, "cust-1", null, "+8613800138000", null, null, null, null, null), null,
                new ComplaintText("利息太高了", "利息太高了", null, null, null, null), regulator, List.of(), List.of());
    }

    private static ComplaintCase open(Instant receivedAt) {
        return ComplaintCase.open(complaint(Channel.PHONE, ComplaintSource.PHONE, receivedAt, null), null, null,
                GENERAL, null, RULES, receivedAt.plusSeconds(5));
    }

    private static ClockView clock(ComplaintCase kase, SlaClock which, Instant now) {
        return kase.clocks(SLA.maxPause(), now).stream().filter(view -> view.clock() == which).findFirst().orElseThrow();
    }

    @Test
    void theClocksOfTheBriefsExample() {
        ComplaintCase kase = open(RECEIVED);

        assertThat(kase.getClocks().getFirstContactDueAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(48)));
        assertThat(kase.getClocks().getResolution().getDueAt()).isEqualTo(Instant.parse("2025-10-14T16:00:00Z"));
        assertThat(kase.getClocks().getResolution().isProvisional()).isFalse();
        assertThat(kase.getClocks().getRegulator().dueAt()).isNull();
        assertThat(kase.getClocks().getSlaPolicy()).isEqualTo("standard");
        assertThat(kase.getClocks().getNextDueAt()).isEqualTo(kase.getClocks().getFirstContactDueAt());
        assertThat(kase.takeChanges()).extracting(CaseChange::type).containsExactly(CaseChange.Type.OPENED);
    }

    @Test
    void aRegulatorTransferWithoutDeadlineIsDue15DaysAfterReceiptMovedPastTheWeekend() {
        // received Friday 2025-11-07: 15 days later is Saturday 2025-11-22, moved to Monday 2025-11-24
        Instant received = Instant.parse("2025-11-07T03:00:00Z");
        ComplaintCase kase = ComplaintCase.open(complaint(Channel.REGULATOR, ComplaintSource.NFRA_12378, received,
                new RegulatorTransfer("NFRA-1", null)), null, null, GENERAL, null, RULES, received);

        assertThat(kase.getClocks().getRegulator().dueAt()).isEqualTo(Instant.parse("2025-11-24T16:00:00Z"));
        assertThat(kase.getRegulatorCaseNumber()).isEqualTo("NFRA-1");
    }

    @Test
    void aGivenRegulatorDeadlineOnAHolidayMovesToTheNextWorkingDay() {
        Instant received = Instant.parse("2025-09-20T03:00:00Z");
        ComplaintCase kase = ComplaintCase.open(complaint(Channel.REGULATOR, ComplaintSource.PBOC_12363, received,
                new RegulatorTransfer("PBOC-1", LocalDate.parse("2025-10-03"))), null, null, GENERAL, null, RULES,
                received);

        // National Day 2025: Oct 1–8 off; Oct 9 is the first working day
        assertThat(kase.getClocks().getRegulator().dueAt()).isEqualTo(Instant.parse("2025-10-09T16:00:00Z"));
    }

    @Test
    void aCriticalAssessmentAppliesTheStricterPolicyFromReceiptAndRecordsIt() {
        ComplaintCase kase = open(RECEIVED);
        kase.takeChanges();

        kase.policy().assessed(RiskLevel.CRITICAL, RiskLevel.LOW,
                new Router.Decision(SpecialistGroup.ESCALATED, "escalation risk CRITICAL"), RULES,
                RECEIVED.plusSeconds(30));

        assertThat(kase.getClocks().getSlaPolicy()).isEqualTo("critical-escalation");
        assertThat(kase.getClocks().getFirstContactDueAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(2)));
        assertThat(kase.getGroup()).isEqualTo(SpecialistGroup.ESCALATED);
        assertThat(kase.takeChanges()).extracting(CaseChange::type).containsExactly(CaseChange.Type.ASSESSED,
                CaseChange.Type.ROUTED, CaseChange.Type.POLICY_APPLIED);
    }

    @Test
    void theSameAssessmentAgainChangesNothing() {
        ComplaintCase kase = open(RECEIVED);
        kase.policy().assessed(RiskLevel.LOW, RiskLevel.LOW, GENERAL, RULES, RECEIVED.plusSeconds(30));
        kase.takeChanges();

        kase.policy().assessed(RiskLevel.LOW, RiskLevel.LOW, GENERAL, RULES, RECEIVED.plusSeconds(60));

        assertThat(kase.takeChanges()).isEmpty();
    }

    @Test
    void theLifecycleFromAssignmentToClosure() {
        ComplaintCase kase = open(RECEIVED);
        Instant t = RECEIVED.plus(Duration.ofHours(1));

        kase.lifecycle().assign("agent-li", "lead-wang", t);
        kase.lifecycle().contacted(t.plusSeconds(60), ContactMethod.PHONE, "explained the fee", "agent-li", RULES,
                t.plusSeconds(120));
        kase.lifecycle().resolve("fee refunded", ComplaintReason.PRICING_AND_FEES, "agent-li", RULES,
                t.plus(Duration.ofDays(1)));
        kase.lifecycle().satisfaction(Satisfaction.SATISFIED, "agent-li", RULES, t.plus(Duration.ofDays(2)));

        assertThat(kase.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(kase.getClocks().getFirstContactedAt()).isEqualTo(t.plusSeconds(60));
        assertThat(clock(kase, SlaClock.FIRST_CONTACT, t.plus(Duration.ofDays(9))).state()).isEqualTo(ClockState.MET);
        assertThat(clock(kase, SlaClock.RESOLUTION, t.plus(Duration.ofDays(9))).state()).isEqualTo(ClockState.MET);
        assertThat(kase.getClocks().getNextDueAt()).isNull();
        assertThat(kase.getNextAlertAt()).isNull();
        assertThat(kase.takeChanges()).extracting(CaseChange::type).containsExactly(CaseChange.Type.OPENED,
                CaseChange.Type.ASSIGNED, CaseChange.Type.CONTACTED, CaseChange.Type.RESOLVED,
                CaseChange.Type.SATISFACTION_RECORDED, CaseChange.Type.CLOSED);
    }

    @Test
    void invalidMovesAreConflicts() {
        ComplaintCase kase = open(RECEIVED);
        Instant t = RECEIVED.plus(Duration.ofHours(1));

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> kase.lifecycle().resolve("x", ComplaintReason.OTHER, "a", RULES, t))
                .withMessageContaining("Cannot resolve a RECEIVED case");
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> kase.lifecycle().reopen("x", "a", RULES, t));
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> kase.lifecycle().contacted(t.plus(Duration.ofDays(1)), ContactMethod.PHONE, "x", "a",
                        RULES, t))
                .withMessageContaining("future");
        kase.lifecycle().withdraw("paid in full", "agent", RULES, t);
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> kase.lifecycle().assign("b", "a", t));
        assertThat(clock(kase, SlaClock.RESOLUTION, t.plus(Duration.ofDays(30))).state())
                .isEqualTo(ClockState.STOPPED);
    }

    @Test
    void aStaleVersionIsAConflict() {
        ComplaintCase kase = open(RECEIVED);

        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> kase.expectVersion(3))
                .withMessageContaining("changed meanwhile");
    }

    @Test
    void pausedTimeExtendsTheResolutionDueTime() {
        ComplaintCase kase = open(RECEIVED);
        Instant pausedAt = RECEIVED.plus(Duration.ofDays(1));

        kase.lifecycle().pause("waiting for the customer's bank statements", "agent-li", RULES, pausedAt);
        assertThat(clock(kase, SlaClock.RESOLUTION, pausedAt.plus(Duration.ofHours(3))).state())
                .isEqualTo(ClockState.PAUSED);
        assertThat(kase.getClocks().getNextDueAt()).isEqualTo(kase.getClocks().getFirstContactDueAt());
        kase.lifecycle().resume("agent-li", RULES, pausedAt.plus(Duration.ofHours(30)));

        assertThat(kase.getClocks().getResolution().getDueAt()).isEqualTo(Instant.parse("2025-10-14T16:00:00Z").plus(Duration.ofHours(30)));
        assertThat(kase.getClocks().getResolution().getPausedSeconds()).isEqualTo(Duration.ofHours(30).toSeconds());
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> kase.lifecycle().resume("agent-li", RULES, pausedAt.plus(Duration.ofHours(31))));
    }

    @Test
    void eachWarningAndTheBreachIsTakenOnceAndNotAfterTheClockIsMet() {
        ComplaintCase kase = open(RECEIVED);

        // 30 h after receipt: the first-contact clock (48 h) passed 50 %, not 75 % (36 h)
        List<AlertLedger.DueAlert> first = kase.takeDueAlerts(RULES, RECEIVED.plus(Duration.ofHours(30)));
        assertThat(first).extracting(AlertLedger.DueAlert::clock, AlertLedger.DueAlert::threshold)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SlaClock.FIRST_CONTACT, 50));
        assertThat(kase.takeDueAlerts(RULES, RECEIVED.plus(Duration.ofHours(30)))).isEmpty();
        assertThat(kase.getNextAlertAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(36)));

        // two days later, nothing done: 75 %, 90 % and the breach of first contact at once
        List<AlertLedger.DueAlert> late = kase.takeDueAlerts(RULES, RECEIVED.plus(Duration.ofHours(49)));
        assertThat(late).filteredOn(alert -> alert.clock() == SlaClock.FIRST_CONTACT)
                .extracting(AlertLedger.DueAlert::threshold).containsExactly(75, 90, 100);
        assertThat(late.getLast().isBreach()).isTrue();

        kase.lifecycle().contacted(RECEIVED.plus(Duration.ofHours(50)), ContactMethod.PHONE, "reached", "a", RULES,
                RECEIVED.plus(Duration.ofHours(50)));
        List<AlertLedger.DueAlert> all = kase.takeDueAlerts(RULES, RECEIVED.plus(Duration.ofDays(60)));
        assertThat(all).allMatch(alert -> alert.clock() == SlaClock.RESOLUTION);
        assertThat(all).extracting(AlertLedger.DueAlert::threshold).containsExactlyInAnyOrder(50, 75, 90, 100);
        assertThat(kase.getNextAlertAt()).isNull();
    }

    @Test
    void theFirstContactMovesTheQueueUrgencyOnToTheResolutionClock() {
        ComplaintCase kase = open(RECEIVED);
        assertThat(kase.getClocks().getNextDueAt()).isEqualTo(kase.getClocks().getFirstContactDueAt());

        kase.lifecycle().contacted(RECEIVED.plusSeconds(60), ContactMethod.PHONE, "reached", "a", RULES,
                RECEIVED.plusSeconds(60));

        assertThat(kase.getClocks().getNextDueAt()).isEqualTo(kase.getClocks().getResolution().getDueAt());
    }

    @Test
    void aPausedClockRaisesNothingUntilItsPauseRunsOut() {
        ComplaintCase kase = open(RECEIVED);
        kase.lifecycle().contacted(RECEIVED.plusSeconds(60), ContactMethod.PHONE, "reached", "a", RULES,
                RECEIVED.plusSeconds(60));
        kase.lifecycle().pause("external appraisal", "a", RULES, RECEIVED.plus(Duration.ofHours(1)));

        assertThat(kase.takeDueAlerts(RULES, RECEIVED.plus(Duration.ofDays(20)))).isEmpty();
        assertThat(kase.getNextAlertAt()).isAfter(RECEIVED.plus(Duration.ofDays(30)));
    }

    @Test
    void aReopenedCaseGetsANewResolutionClockAndItsAlertsAfresh() {
        ComplaintCase kase = open(RECEIVED);
        Instant t = RECEIVED.plus(Duration.ofHours(1));
        kase.lifecycle().contacted(t, ContactMethod.PHONE, "reached", "a", RULES, t);
        kase.takeDueAlerts(RULES, RECEIVED.plus(Duration.ofDays(14)));
        kase.lifecycle().resolve("explained", ComplaintReason.DISCLOSURE, "a", RULES,
                RECEIVED.plus(Duration.ofDays(14)));

        Instant reopened = Instant.parse("2025-10-20T02:00:00Z");
        kase.lifecycle().reopen("customer not satisfied", "a", RULES, reopened);

        assertThat(kase.getStatus()).isEqualTo(CaseStatus.REOPENED);
        // Monday Oct 20 → Tue 21 … Mon 27 is the 5th working day
        assertThat(kase.getClocks().getResolution().getDueAt()).isEqualTo(Instant.parse("2025-10-27T16:00:00Z"));
        assertThat(kase.takeDueAlerts(RULES, Instant.parse("2025-10-24T00:00:00Z")))
                .extracting(AlertLedger.DueAlert::threshold).contains(50);
    }

    @Test
    void loadingACalendarRecomputesAProvisionalDueDateAndSaysSo() {
        // received 2026-12-28: without 2027's schedule New Year's Day counts as a working day
        Instant received = Instant.parse("2026-12-28T02:00:00Z");
        ComplaintCase kase = open(received);
        assertThat(kase.getClocks().getResolution().isProvisional()).isTrue();
        // Dec 29, 30, 31, Jan 1 (taken as a Friday at work), Jan 4
        assertThat(kase.getClocks().getResolution().getDueAt()).isEqualTo(Instant.parse("2027-01-04T16:00:00Z"));
        kase.takeChanges();

        YearSchedule y2027 = new YearSchedule(2027, List.of("http://www.gov.cn/example"),
                java.util.Map.of(LocalDate.parse("2027-01-01"), true));
        var rules = new CaseRules(new SlaPolicies(SLA), new WorkingCalendar(
                java.util.stream.Stream.concat(SCHEDULES.stream(), java.util.stream.Stream.of(y2027)).toList()));

        assertThat(kase.policy().recomputeDueDates(rules, received.plus(Duration.ofHours(1)))).isTrue();
        // Dec 29, 30, 31, (Jan 1 off), Jan 4, Jan 5
        assertThat(kase.getClocks().getResolution().getDueAt()).isEqualTo(Instant.parse("2027-01-05T16:00:00Z"));
        assertThat(kase.getClocks().getResolution().isProvisional()).isFalse();
        assertThat(kase.takeChanges()).extracting(CaseChange::type)
                .containsExactly(CaseChange.Type.DUE_DATES_RECOMPUTED);
        assertThat(kase.policy().recomputeDueDates(rules, received.plus(Duration.ofHours(2)))).isFalse();
    }

    @Test
    void aRepeatIsRecordedOnBothCases() {
        ComplaintCase first = open(RECEIVED);
        ComplaintCase repeat = ComplaintCase.open(complaint(Channel.PHONE, ComplaintSource.PHONE,
                RECEIVED.plus(Duration.ofDays(1)), null), null, null,
                new Router().route(Channel.PHONE, ComplaintSource.PHONE, null, null, Set.of(), true), "c-0", RULES,
                RECEIVED.plus(Duration.ofDays(1)));
        first.lifecycle().repeatReceived("c-1", RECEIVED.plus(Duration.ofDays(1)));

        assertThat(repeat.getRepeatOf()).isEqualTo("c-0");
        assertThat(repeat.getGroup()).isEqualTo(SpecialistGroup.COMPLEX);
        assertThat(first.takeChanges()).extracting(CaseChange::type).contains(CaseChange.Type.REPEAT_RECEIVED);
    }

    @Test
    void aClockMetLateBeforeAnyScanStillRaisesItsWarningsAndBreach() {
        ComplaintCase kase = open(RECEIVED);

        // the service was down: the first contact is recorded 50 h after receipt, no scan ran meanwhile
        Instant late = RECEIVED.plus(Duration.ofHours(50));
        kase.lifecycle().contacted(late, ContactMethod.PHONE, "reached", "a", RULES, late);

        assertThat(kase.takeDueAlerts(RULES, late.plusSeconds(5)))
                .filteredOn(alert -> alert.clock() == SlaClock.FIRST_CONTACT)
                .extracting(AlertLedger.DueAlert::threshold).containsExactly(50, 75, 90, 100);
        assertThat(kase.takeDueAlerts(RULES, late.plusSeconds(10)))
                .filteredOn(alert -> alert.clock() == SlaClock.FIRST_CONTACT).isEmpty();
    }

    @Test
    void aTransferredCaseStaysInTheGroupTheSupervisorChoseWhateverTheNextAssessment() {
        ComplaintCase kase = open(RECEIVED);
        kase.supervision().transfer(SpecialistGroup.COMPLEX, "several loans", "lead-wang", RECEIVED.plusSeconds(60));

        kase.policy().assessed(RiskLevel.HIGH, RiskLevel.CRITICAL,
                new Router.Decision(SpecialistGroup.ANTI_FRAUD, "proxy"), RULES, RECEIVED.plusSeconds(120));

        assertThat(kase.getGroup()).isEqualTo(SpecialistGroup.COMPLEX);
        assertThat(kase.getProxyLevel()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(kase.takeChanges()).extracting(CaseChange::type).endsWith(CaseChange.Type.TRANSFERRED,
                CaseChange.Type.ASSESSED);
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> kase.supervision().transfer(SpecialistGroup.COMPLEX,
                "again", "lead-wang", RECEIVED.plusSeconds(180)));
    }

    @Test
    void aMergedDuplicateStopsItsClocksAndItsEarlierRegulatorDeadlineAppliesToTheSurvivor() {
        ComplaintCase survivor = open(RECEIVED.plus(Duration.ofDays(1)));
        ComplaintReceived transfer = complaint(Channel.REGULATOR, ComplaintSource.NFRA_12378, RECEIVED,
                new RegulatorTransfer("NFRA-1", null));
        ComplaintCase duplicate = ComplaintCase.open(new ComplaintReceived(transfer.eventId(), RECEIVED, "c-2",
                Channel.REGULATOR, ComplaintSource.NFRA_12378, "NFRA-1", RECEIVED, transfer.customer(), null,
                transfer.text(), transfer.regulator(), List.of(), List.of()), null, null, GENERAL, null, RULES,
                RECEIVED.plusSeconds(5));
        Instant mergedAt = RECEIVED.plus(Duration.ofDays(1)).plusSeconds(600);

        duplicate.supervision().mergeInto(survivor, "same matter", "lead-wang", RULES, mergedAt);

        assertThat(duplicate.getStatus()).isEqualTo(CaseStatus.MERGED);
        assertThat(duplicate.getMergedInto()).isEqualTo(survivor.getComplaintId());
        assertThat(clock(duplicate, SlaClock.FIRST_CONTACT, mergedAt.plus(Duration.ofDays(5))).state())
                .isEqualTo(ClockState.STOPPED);
        assertThat(duplicate.getClocks().getNextDueAt()).isNull();
        assertThat(survivor.getClocks().getFirstContactDueAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(48)));
        assertThat(survivor.getClocks().getResolution().getDueAt()).isEqualTo(Instant.parse("2025-10-14T16:00:00Z"));
        assertThat(survivor.getClocks().getRegulator().dueAt()).isEqualTo(duplicate.getClocks().getRegulator().dueAt()).isNotNull();
        assertThat(survivor.getRegulatorCaseNumber()).isEqualTo("NFRA-1");
    }

    @Test
    void anotherCustomersCaseIsNotMergedInto() {
        ComplaintCase survivor = open(RECEIVED);
        ComplaintCase other = ComplaintCase.open(new ComplaintReceived(UUID.randomUUID(), RECEIVED, "c-2",
                Channel.PHONE, ComplaintSource.PHONE, "REF-2", RECEIVED, new Customer(null, "cust-2", null, null, null,
                        null, null, null, null), null, new ComplaintText("x", "x", null, null, null, null), null,
                List.of(), List.of()), null, null, GENERAL, null, RULES, RECEIVED);

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> other.supervision().mergeInto(survivor, "same", "lead-wang", RULES,
                        RECEIVED.plusSeconds(60)))
                .withMessageContaining("another customer");
    }

    @Test
    void anExtendedRegulatorDeadlineMovesTheClockAndTheAlertsStillToCome() {
        ComplaintCase kase = ComplaintCase.open(complaint(Channel.REGULATOR, ComplaintSource.NFRA_12378, RECEIVED,
                new RegulatorTransfer("NFRA-1", null)), null, null, GENERAL, null, RULES, RECEIVED.plusSeconds(5));
        Instant oldDue = kase.getClocks().getRegulator().dueAt();

        kase.supervision().extendRegulatorDeadline(LocalDate.parse("2025-10-30"), 30, "agent-li", "lead-wang", RULES,
                RECEIVED.plus(Duration.ofDays(3)));

        assertThat(kase.getClocks().getRegulator().dueAt()).isEqualTo(Instant.parse("2025-10-30T16:00:00Z")).isAfter(oldDue);
        List<AlertLedger.DueAlert> breaches = kase.takeDueAlerts(RULES, Instant.parse("2025-10-31T00:00:00Z"))
                .stream().filter(alert -> alert.clock() == SlaClock.REGULATOR && alert.isBreach()).toList();
        assertThat(breaches).singleElement().extracting(AlertLedger.DueAlert::dueAt)
                .isEqualTo(Instant.parse("2025-10-30T16:00:00Z"));
    }
}
