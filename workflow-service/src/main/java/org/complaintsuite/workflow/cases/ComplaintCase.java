package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.BusinessType;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.support.ConflictException;
import org.complaintsuite.workflow.cases.AlertLedger.DueAlert;
import org.complaintsuite.workflow.routing.Router;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.sla.SlaPolicy;

/**
 * A complaint as the firm works it: where it came from, its status, its group and assignee, and how it ended. Every
 * change is made here or in its parts, checked against the lifecycle ({@link CaseStatus}), and leaves a
 * {@link CaseChange} for the timeline; an invalid move throws {@link ConflictException}. The parts: the clocks, their
 * policy, alerts and urgency ({@link CaseClocks}); the commands of the agents ({@link CaseLifecycle}) and of the
 * supervisors ({@link CaseSupervision}) that move them.
 * <p>
 * Only {@code @DynamicUpdate} columns that changed are written, so the SLA alert scan (which updates the alert
 * columns without touching the version) and an agent's edit do not overwrite each other.
 */
@Entity
@Table(name = "complaint_case")
@DynamicUpdate
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ComplaintCase {

    @Id
    private String complaintId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ComplaintSource source;

    private String externalReference;

    @Nullable String regulatorCaseNumber;

    private String customerKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private @Nullable BusinessType businessType;

    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "assigned_group", length = 32)
    SpecialistGroup group;

    String routingReason;

    @Nullable String assignee;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    @Nullable RiskLevel escalationLevel;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    @Nullable RiskLevel proxyLevel;

    /** The open case of the same customer this complaint repeats. */
    private @Nullable String repeatOf;

    /** The case this one was merged into as its duplicate (status MERGED). */
    @Nullable String mergedInto;

    /** The supervisor who chose the group; null while the router decides it. A chosen group is not re-routed. */
    @Nullable String groupSetBy;

    @Embedded
    CaseClocks clocks;

    @Nullable String resolutionOutcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    @Nullable ComplaintReason resolutionReason;

    @Nullable Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    @Nullable Satisfaction satisfaction;

    private Instant createdAt;

    private Instant updatedAt;

    /** Null until the case is stored, which tells Spring Data to insert it rather than merge it (no SELECT first). */
    @Version
    private @Nullable Long version;

    @Transient
    private final List<CaseChange> changes = new ArrayList<>();

    /**
     * Opens the case of a newly received complaint; its clocks start at the complaint's receipt.
     *
     * @param repeatOf the same customer's open case, if any
     */
    public static ComplaintCase open(ComplaintReceived complaint, @Nullable RiskLevel escalation,
            @Nullable RiskLevel proxy, Router.Decision routing, @Nullable String repeatOf, CaseRules rules, Instant now) {
        var opened = new ComplaintCase();
        opened.complaintId = complaint.complaintId();
        opened.channel = complaint.channel();
        opened.source = complaint.source();
        opened.externalReference = complaint.externalReference();
        opened.regulatorCaseNumber = complaint.regulator() == null ? null : complaint.regulator().caseNumber();
        opened.customerKey = complaint.customer().customerKey();
        opened.businessType = complaint.text().businessType();
        opened.receivedAt = complaint.receivedAt();
        opened.escalationLevel = escalation;
        opened.proxyLevel = proxy;
        opened.repeatOf = repeatOf;
        opened.status = CaseStatus.RECEIVED;
        opened.group = routing.group();
        opened.routingReason = routing.reason();
        opened.createdAt = now;
        SlaPolicy policy = rules.policies().choose(opened.channel, opened.source, escalation, proxy);
        LocalDate regulatorLastDay = complaint.channel() != Channel.REGULATOR ? null
                : rules.policies().regulatorLastDay(complaint.regulator() == null ? null
                        : complaint.regulator().deadline(), opened.receivedAt);
        opened.clocks = CaseClocks.started(opened.receivedAt, policy, regulatorLastDay, rules);
        Map<String, Object> detail = CaseChange.detail("group", routing.group(), "routingReason", routing.reason(),
                "slaPolicy", policy.name(), "firstContactDueAt", opened.clocks.getFirstContactDueAt(),
                "resolutionDueAt", opened.clocks.getResolution().getDueAt(), "regulatorDueAt",
                opened.clocks.getRegulator().dueAt(), "repeatOf", repeatOf);
        opened.record(now, "intake", CaseChange.Type.OPENED,
                "Case opened from %s (%s), routed to %s: %s; policy %s".formatted(opened.channel, opened.source,
                        routing.group(), routing.reason(), policy.name()) + (repeatOf == null ? ""
                                : "; repeats the open case " + repeatOf),
                detail);
        opened.reschedule(rules, now);
        return opened;
    }

    /** Routing and SLA policy as the risk and the calendar change: assessed, due dates recomputed. */
    public CasePolicy policy() {
        return new CasePolicy(this);
    }

    /** The agents' commands: assign, contact, pause, resolve, close, withdraw, reopen … */
    public CaseLifecycle lifecycle() {
        return new CaseLifecycle(this);
    }

    /** The supervisors' commands: transfer, merge, extend the regulator's deadline … */
    public CaseSupervision supervision() {
        return new CaseSupervision(this);
    }

    /** The optimistic lock the API exposes: an edit made on another version than the current one is refused. */
    public void expectVersion(long expected) {
        long current = version == null ? 0 : version;
        if (expected != current) {
            throw new StaleVersionException(current, expected, ("The case was changed meanwhile (version %d, the "
                    + "request was made on %d): read it again and retry.").formatted(current, expected));
        }
    }

    public List<ClockView> clocks(Duration maxPause, Instant now) {
        return clocks.views(receivedAt, status, maxPause, now);
    }

    /**
     * The warnings and breaches whose time has come and that were not raised yet, marked raised (see
     * {@link AlertLedger}): each threshold of each clock is raised once in the case's life.
     */
    public List<DueAlert> takeDueAlerts(CaseRules rules, Instant now) {
        List<DueAlert> due = clocks.takeDueAlerts(receivedAt, status, rules, now);
        updatedAt = now;
        return due;
    }

    public @Nullable Instant getNextAlertAt() {
        return clocks.getNextAlertAt();
    }

    public AlertLedger getAlerts() {
        return clocks.getAlerts();
    }

    /** Keeps the queue's urgency order and the alert scan's next time in step with the clocks. */
    void reschedule(CaseRules rules, Instant now) {
        clocks.reschedule(receivedAt, status, rules);
        updatedAt = now;
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    /** The changes made since the case was loaded, for the timeline; taking them clears them. */
    public List<CaseChange> takeChanges() {
        List<CaseChange> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    void requireMove(CaseStatus target, String action) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("Cannot %s a %s case (allowed from %s: %s).".formatted(action, status, status,
                    status.next()));
        }
    }

    void record(Instant at, String actor, CaseChange.Type type, String description, Map<String, Object> detail) {
        changes.add(new CaseChange(at, actor, type, description, detail));
    }
}
