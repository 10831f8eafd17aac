package org.complaintsuite.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.content.CaseContent;
import org.complaintsuite.workflow.routing.SpecialistGroup;

/**
 * A case as a line of the queue: what an agent needs to pick the next case, its clocks as they stand now. The
 * timeline and the risk scores are left out (read them with the case); the complainant's name and phone are masked.
 *
 * @param nextDueAt the earliest due time among the clocks still running: the queue's order
 * @param breached  whether a running clock is overdue now
 * @param assessmentFailed whether risk scoring gave up on the complaint (no assessment arrived since)
 */
public record CaseSummary(String complaintId, Channel channel, ComplaintSource source, CaseStatus status,
        SpecialistGroup group, @Nullable String assignee, @Nullable RiskLevel escalationLevel,
        @Nullable RiskLevel proxyLevel, @Nullable String repeatOf, Instant receivedAt, @Nullable Instant nextDueAt,
        boolean breached, List<CaseView.Clock> clocks, @Nullable String customerName, @Nullable String customerPhone,
        long version, boolean assessmentFailed) {

    static CaseSummary of(ComplaintCase c, CaseContent.@Nullable MaskedCustomer customer, Duration maxPause,
            Instant now, boolean assessmentFailed) {
        Instant nextDue = c.getClocks().getNextDueAt();
        return new CaseSummary(c.getComplaintId(), c.getChannel(), c.getSource(), c.getStatus(), c.getGroup(),
                c.getAssignee(), c.getEscalationLevel(), c.getProxyLevel(), c.getRepeatOf(), c.getReceivedAt(),
                nextDue, nextDue != null && nextDue.isBefore(now), CaseView.clocks(c, maxPause, now),
                customer == null ? null : customer.name(), customer == null ? null : customer.phone(), c.getVersion(),
                assessmentFailed);
    }

    /** One page of the queue. */
    public record Page(List<CaseSummary> items, int page, int size, long totalElements, int totalPages) {
    }
}
