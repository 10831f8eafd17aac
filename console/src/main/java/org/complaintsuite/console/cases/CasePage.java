package org.complaintsuite.console.cases;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.console.workflow.Cases;

/**
 * Everything the case page shows, prepared: times in Beijing time, the customer's words cut into plain and marked
 * pieces, and which commands the case's status and the user's roles make sensible to offer (workflow decides).
 */
public record CasePage(Header header, List<ClockRow> clocks, Cases.@Nullable Customer customer, Content content,
        @Nullable RiskBlock escalation, @Nullable RiskBlock proxy, Cases.@Nullable ProxyReview proxyReview,
        @Nullable String proxyReviewAt, Cases.@Nullable Ring ring, List<RelatedRow> related,
        @Nullable Extension extension, List<TimelineRow> timeline, Set<String> commands, Forms forms,
        boolean assessmentFailed) {

    public record Header(String complaintId, String status, String group, @Nullable String assignee, String channel,
            @Nullable String source, @Nullable String externalReference, @Nullable String routingReason,
            String receivedAt, long version, @Nullable String repeatOf, @Nullable String mergedInto,
            @Nullable String slaPolicy, @Nullable String pausedSince, @Nullable String pauseReason,
            @Nullable String resolutionOutcome, @Nullable String resolutionReason, @Nullable String satisfaction) {
    }

    public record ClockRow(String clock, String state, String dueAt, long dueEpochMillis, boolean running,
            @Nullable String metAt, boolean provisional) {
    }

    public record Content(List<EvidenceHighlighter.Segment> words, @Nullable String originalText,
            @Nullable String agentSummary, @Nullable String demands, @Nullable String businessCategory,
            @Nullable String businessType, @Nullable String regulatorCaseNumber, @Nullable String regulatorDeadline,
            @Nullable String conversationKind, List<Line> conversation, List<String> attachments,
            Cases.@Nullable Representative representative, List<String> warnings) {

        public boolean present() {
            return !words.isEmpty() || agentSummary != null || demands != null || !conversation.isEmpty();
        }
    }

    public record Line(String speaker, String at, String text) {
    }

    /** {@code kind}: escalation or proxy. */
    public record RiskBlock(String kind, int score, String level, List<SignalRow> signals) {
    }

    /** The risks assessed so far, escalation first. */
    public List<RiskBlock> risks() {
        return java.util.stream.Stream.of(escalation, proxy).filter(java.util.Objects::nonNull).toList();
    }

    public record SignalRow(String code, @Nullable String description, @Nullable Integer weight,
            List<EvidenceRow> evidence) {
    }

    /** {@code complaintId} set when the evidence names another case, to link to it. */
    public record EvidenceRow(String kind, String value, @Nullable String complaintId) {
    }

    public record RelatedRow(String complaintId, String relation, @Nullable String status, @Nullable String group,
            String receivedAt) {
    }

    public record Extension(@Nullable Integer days, @Nullable Integer pendingDays, @Nullable String requestedBy,
            @Nullable String requestedAt, @Nullable String reason) {
    }

    public record TimelineRow(String at, @Nullable String actor, String type, @Nullable String description) {
    }

    /** The choices and defaults of the command forms. */
    public record Forms(String contactAtDefault, String contactAtMax, List<String> contactMethods,
            List<String> reasons, List<String> groups, List<String> satisfactions, List<Integer> extensionDays,
            String currentUser) {
    }
}
