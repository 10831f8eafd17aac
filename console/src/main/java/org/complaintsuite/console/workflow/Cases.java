package org.complaintsuite.console.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Workflow's cases as its API answers them (docs/workflow-service.md). Enumerations are kept as strings: a value the
 * console does not know yet (a new status, a new evidence kind) is shown as it is rather than failing the page.
 */
public final class Cases {

    private Cases() {
    }

    /** One page of the queue, most urgent first. */
    public record Page(List<Summary> items, int page, int size, long totalElements, int totalPages) {
    }

    /** A line of the queue; name and phone come masked. */
    public record Summary(String complaintId, String channel, @Nullable String source, String status, String group,
            @Nullable String assignee, @Nullable String escalationLevel, @Nullable String proxyLevel,
            @Nullable String repeatOf, Instant receivedAt, @Nullable Instant nextDueAt, boolean breached,
            @Nullable List<Clock> clocks, long version, @Nullable String customerName,
            @Nullable String customerPhone, boolean assessmentFailed) {
    }

    public record Clock(String clock, Instant dueAt, String state, @Nullable Duration timeLeft, boolean provisional,
            @Nullable Instant metAt) {
    }

    /** A case as {@code GET /api/v1/cases/{id}} answers it; reading it is recorded in the personal-data access log. */
    public record View(String complaintId, String channel, @Nullable String source,
            @Nullable String externalReference, @Nullable String regulatorCaseNumber, @Nullable String businessType,
            String status, String group, @Nullable String routingReason, @Nullable String assignee,
            @Nullable String repeatOf, @Nullable String mergedInto, @Nullable String slaPolicy, Instant receivedAt,
            @Nullable Instant firstContactDueAt, @Nullable Instant resolutionDueAt, @Nullable Instant regulatorDueAt,
            @Nullable List<Clock> clocks, @Nullable Instant firstContactedAt, @Nullable Pause pause,
            @Nullable Instant resolvedAt, @Nullable String resolutionOutcome, @Nullable String resolutionReason,
            @Nullable String satisfaction, @Nullable Risk escalation, @Nullable Risk proxy,
            @Nullable Instant assessedAt, long version, @Nullable List<TimelineEntry> timeline,
            @Nullable Customer customer, @Nullable Complaint complaint, @Nullable ProxyReview proxyReview,
            @Nullable Ring ring, @Nullable List<Related> related, @Nullable RegulatorExtension regulatorExtension,
            @Nullable AssessmentFailure assessmentFailure) {
    }

    /** Risk scoring gave up on the complaint (its dead letter waits for operations to replay it). */
    public record AssessmentFailure(@Nullable String reason, @Nullable Instant failedAt, @Nullable Long deadLetterId) {
    }

    public record Pause(Instant since, @Nullable String reason, @Nullable String by) {
    }

    public record Risk(int score, String level, @Nullable List<Signal> signals) {
    }

    public record Signal(String code, @Nullable String description, @Nullable Integer weight,
            @Nullable List<Evidence> evidence) {
    }

    /** TEXT_SPAN evidence has offsets into {@code complaint.customerText}: [start, end). */
    public record Evidence(String kind, @Nullable String value, @Nullable Integer start, @Nullable Integer end) {
    }

    public record Customer(@Nullable String name, @Nullable String phone, @Nullable String email,
            @Nullable String address, @Nullable String idNumberMasked, @Nullable String customerId) {
    }

    public record Complaint(@Nullable String customerText, @Nullable String originalText,
            @Nullable String agentSummary, @Nullable String demands, @Nullable String businessCategory,
            @Nullable String businessType, @Nullable String regulatorCaseNumber, @Nullable LocalDate regulatorDeadline,
            @Nullable List<Utterance> transcript, @Nullable List<Utterance> messages,
            @Nullable List<Attachment> attachments, @Nullable Representative representative,
            @Nullable List<Object> normalizationWarnings) {
    }

    /** A line of a call transcript or a chat; {@code at} as workflow sends it (an instant). */
    public record Utterance(@Nullable String speaker, @Nullable String at, @Nullable String text) {
    }

    public record Attachment(@Nullable String name) {
    }

    public record Representative(@Nullable String name, @Nullable String phone, @Nullable String email,
            @Nullable String organization, @Nullable Boolean powerOfAttorney) {
    }

    public record ProxyReview(String decision, @Nullable String by, @Nullable Instant at, @Nullable String reason) {
    }

    public record Ring(@Nullable String id, int cases) {
    }

    public record Related(String complaintId, String relation, @Nullable String status, @Nullable String group,
            @Nullable Instant receivedAt) {
    }

    public record RegulatorExtension(@Nullable Integer days, @Nullable PendingExtension pending) {
    }

    public record PendingExtension(@Nullable Integer days, @Nullable String requestedBy, @Nullable Instant requestedAt,
            @Nullable String reason) {
    }

    public record TimelineEntry(@Nullable Long id, Instant at, @Nullable String actor, String type,
            @Nullable String description, @Nullable Map<String, Object> detail) {
    }
}
