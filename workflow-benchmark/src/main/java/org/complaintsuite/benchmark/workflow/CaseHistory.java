package org.complaintsuite.benchmark.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.cases.CaseStatus;
import org.complaintsuite.workflow.sla.SlaPolicy;

/**
 * What happened to one synthetic case up to the end of the history, as {@link SyntheticCases} draws it: the events
 * and when they came. The clocks they imply are computed from it by {@link CaseRow}, with the service's rules.
 */
final class CaseHistory {

    final long index;
    Instant received;
    Channel channel;
    ComplaintSource source;
    String group;
    RiskLevel escalation;
    RiskLevel proxy;
    SlaPolicy policy;
    Instant firstContactDue;
    @Nullable String repeatOf;
    boolean forgotten;
    @Nullable Instant contactedAt;
    @Nullable Instant withdrawnAt;
    /** How long the resolution clock was paused (0: never), unless a pause runs at the end of the history. */
    long pausedSeconds;
    /** The first resolution, kept when the case was reopened afterwards. */
    @Nullable Instant firstResolvedAt;
    @Nullable Instant reopenedAt;
    /** The resolution in force at the end of the history: the first, or the one after the reopening. */
    @Nullable Instant resolvedAt;
    /** When the pause running at the end of the history began. */
    @Nullable Instant pausedSince;
    @Nullable String satisfaction;
    @Nullable Instant closedAt;
    CaseStatus status;

    CaseHistory(long index) {
        this.index = index;
    }

    String id() {
        return "case-" + index;
    }

    boolean isOpen() {
        return resolvedAt == null && withdrawnAt == null;
    }

    /** When the resolution clock last started: at receipt, or at the reopening. */
    Instant resolutionStarted() {
        return reopenedAt != null ? reopenedAt : received;
    }
}
