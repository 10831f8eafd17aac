package org.complaintsuite.console.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.console.security.ConsoleUser;
import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.workflow.Cases;

/** Turns a case as workflow answers it into the page's view model. No Spring: a plain function of its inputs. */
public final class CasePageAssembler {

    public static final List<String> GROUPS = List.of("GENERAL", "COMPLEX", "ESCALATED", "PROACTIVE",
            "CREDIT_REPORT", "FEES", "PUBLIC_PLATFORM", "ANTI_FRAUD");
    static final List<String> CONTACT_METHODS = List.of("PHONE", "SMS", "CHAT", "EMAIL", "LETTER", "VISIT");
    static final List<String> REASONS = List.of("RULES_AND_PROCESSES", "MARKETING", "DISCLOSURE",
            "FREEDOM_OF_CHOICE", "PRICING_AND_FEES", "FAIR_TRADING", "DEBT_COLLECTION", "FUNDS_SECURITY",
            "INFORMATION_SECURITY", "CONTRACT_TERMS", "FACILITIES_AND_SYSTEMS", "SERVICE_QUALITY", "OTHER");
    private static final Set<String> FINAL = Set.of("CLOSED", "WITHDRAWN", "MERGED");
    private static final Set<String> OPEN_BEFORE_CONTACT = Set.of("RECEIVED", "ASSIGNED", "REOPENED");

    private CasePageAssembler() {
    }

    public static CasePage assemble(Cases.View view, ConsoleUser user, Instant now) {
        Cases.Complaint complaint = view.complaint();
        return new CasePage(header(view), clocks(view), view.customer(), content(view, complaint),
                risk("escalation", view.escalation()), risk("proxy", view.proxy()), view.proxyReview(),
                view.proxyReview() == null ? null : BeijingTime.format(view.proxyReview().at()), view.ring(),
                related(view), extension(view), timeline(view), commands(view, user),
                new CasePage.Forms(BeijingTime.inputValue(now), BeijingTime.inputValue(now.plusSeconds(60)),
                        CONTACT_METHODS, REASONS, GROUPS, List.of("SATISFIED", "DISSATISFIED"), List.of(30, 60),
                        user.name()),
                view.assessmentFailure() != null);
    }

    private static CasePage.Header header(Cases.View v) {
        Cases.Pause pause = v.pause();
        return new CasePage.Header(v.complaintId(), v.status(), v.group(), v.assignee(), v.channel(), v.source(),
                v.externalReference(), v.routingReason(), BeijingTime.format(v.receivedAt()), v.version(),
                v.repeatOf(), v.mergedInto(), v.slaPolicy(), pause == null ? null : BeijingTime.format(pause.since()),
                pause == null ? null : pause.reason(), v.resolutionOutcome(), v.resolutionReason(), v.satisfaction());
    }

    private static List<CasePage.ClockRow> clocks(Cases.View v) {
        return list(v.clocks()).stream().map(c -> new CasePage.ClockRow(c.clock(), c.state(),
                BeijingTime.format(c.dueAt()), c.dueAt().toEpochMilli(), "RUNNING".equals(c.state()),
                c.metAt() == null ? null : BeijingTime.format(c.metAt()), c.provisional())).toList();
    }

    private static CasePage.Content content(Cases.View v, Cases.@Nullable Complaint c) {
        if (c == null) {
            return new CasePage.Content(List.of(), null, null, null, null, v.businessType(), v.regulatorCaseNumber(),
                    null, null, List.of(), List.of(), null, List.of());
        }
        List<EvidenceHighlighter.Span> spans = new ArrayList<>();
        collectSpans(v.escalation(), spans);
        collectSpans(v.proxy(), spans);
        String original = c.originalText() != null && !Objects.equals(c.originalText(), c.customerText())
                ? c.originalText() : null;
        String kind = null;
        List<CasePage.Line> conversation = new ArrayList<>();
        if (!list(c.transcript()).isEmpty()) {
            kind = "transcript";
            list(c.transcript()).forEach(u -> conversation.add(line(u)));
        }
        else if (!list(c.messages()).isEmpty()) {
            kind = "messages";
            list(c.messages()).forEach(u -> conversation.add(line(u)));
        }
        return new CasePage.Content(EvidenceHighlighter.segments(c.customerText(), spans), original, c.agentSummary(),
                c.demands(), c.businessCategory(), c.businessType() != null ? c.businessType() : v.businessType(),
                c.regulatorCaseNumber() != null ? c.regulatorCaseNumber() : v.regulatorCaseNumber(),
                c.regulatorDeadline() == null ? null : c.regulatorDeadline().toString(), kind, conversation,
                list(c.attachments()).stream().map(Cases.Attachment::name).filter(Objects::nonNull).toList(),
                c.representative(), list(c.normalizationWarnings()).stream().map(String::valueOf).toList());
    }

    private static CasePage.Line line(Cases.Utterance u) {
        return new CasePage.Line(u.speaker() == null ? "OTHER" : u.speaker(), BeijingTime.formatText(u.at()),
                u.text() == null ? "" : u.text());
    }

    private static void collectSpans(Cases.@Nullable Risk risk, List<EvidenceHighlighter.Span> spans) {
        if (risk == null) {
            return;
        }
        for (Cases.Signal signal : list(risk.signals())) {
            for (Cases.Evidence evidence : list(signal.evidence())) {
                if ("TEXT_SPAN".equals(evidence.kind()) && evidence.start() != null && evidence.end() != null) {
                    spans.add(new EvidenceHighlighter.Span(evidence.start(), evidence.end(), evidence.value(),
                            signal.description() != null ? signal.description() : signal.code()));
                }
            }
        }
    }

    private static CasePage.@Nullable RiskBlock risk(String kind, Cases.@Nullable Risk risk) {
        if (risk == null) {
            return null;
        }
        return new CasePage.RiskBlock(kind, risk.score(), risk.level(), list(risk.signals()).stream()
                .map(s -> new CasePage.SignalRow(s.code(), s.description(), s.weight(),
                        list(s.evidence()).stream().map(CasePageAssembler::evidence).toList()))
                .toList());
    }

    private static CasePage.EvidenceRow evidence(Cases.Evidence e) {
        String value = e.value() == null ? "" : e.value();
        if ("TEXT_SPAN".equals(e.kind()) && e.start() != null && e.end() != null) {
            value = "“" + value + "” [" + e.start() + "–" + e.end() + ")";
        }
        return new CasePage.EvidenceRow(e.kind(), value,
                "LINKED_COMPLAINT".equals(e.kind()) && e.value() != null ? e.value() : null);
    }

    private static List<CasePage.RelatedRow> related(Cases.View v) {
        return list(v.related()).stream().map(r -> new CasePage.RelatedRow(r.complaintId(), r.relation(), r.status(),
                r.group(), BeijingTime.format(r.receivedAt()))).toList();
    }

    private static CasePage.@Nullable Extension extension(Cases.View v) {
        Cases.RegulatorExtension e = v.regulatorExtension();
        if (e == null) {
            return null;
        }
        Cases.PendingExtension p = e.pending();
        return new CasePage.Extension(e.days(), p == null ? null : p.days(), p == null ? null : p.requestedBy(),
                p == null ? null : BeijingTime.format(p.requestedAt()), p == null ? null : p.reason());
    }

    private static List<CasePage.TimelineRow> timeline(Cases.View v) {
        return list(v.timeline()).stream().map(t -> new CasePage.TimelineRow(BeijingTime.format(t.at()), t.actor(),
                t.type(), t.description())).toList().reversed();
    }

    /** The commands worth offering now; workflow still checks each one and the page shows its refusal. */
    static Set<String> commands(Cases.View v, ConsoleUser user) {
        Set<String> commands = new LinkedHashSet<>();
        String status = v.status();
        boolean open = !FINAL.contains(status);
        commands.add("note");
        if (open && !"RESOLVED".equals(status)) {
            commands.add("assign");
        }
        if (OPEN_BEFORE_CONTACT.contains(status) && v.firstContactedAt() == null || "REOPENED".equals(status)) {
            commands.add("contact");
        }
        if (open && !"RESOLVED".equals(status)) {
            commands.add(v.pause() == null ? "pause" : "resume");
        }
        if ("CONTACTED".equals(status) || "REOPENED".equals(status) && v.firstContactedAt() != null) {
            commands.add("resolve");
        }
        if ("RESOLVED".equals(status)) {
            commands.add("close");
        }
        if ("RESOLVED".equals(status) || "CLOSED".equals(status)) {
            commands.add("satisfaction");
            commands.add("reopen");
        }
        if (open && !"RESOLVED".equals(status)) {
            commands.add("withdraw");
        }
        Cases.RegulatorExtension extension = v.regulatorExtension();
        boolean pending = extension != null && extension.pending() != null;
        if (open && "REGULATOR".equals(v.channel()) && !pending
                && (extension == null || extension.days() == null || extension.days() < 60)) {
            commands.add("extension");
        }
        if (user.supervisor()) {
            if (open) {
                commands.add("transfer");
                commands.add("merge");
            }
            if (v.proxy() != null && open) {
                commands.add("proxy-review");
            }
            if (pending && !user.name().equals(extension.pending().requestedBy())) {
                commands.add("extension-approval");
            }
        }
        return commands;
    }

    private static <T> List<T> list(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
