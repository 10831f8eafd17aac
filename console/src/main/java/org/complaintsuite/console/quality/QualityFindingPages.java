package org.complaintsuite.console.quality;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.complaintsuite.console.cases.EvidenceHighlighter;
import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.web.ProblemMessages;
import org.complaintsuite.console.workflow.Cases;
import org.complaintsuite.console.workflow.QualityFindings;
import org.complaintsuite.console.workflow.WorkflowClient;
import org.complaintsuite.console.workflow.WorkflowException;

/** The quality findings: the list (still to review first, or all), a finding with the agent's words, the review. */
@Controller
class QualityFindingPages {

    private final WorkflowClient workflow;
    private final ProblemMessages problems;
    private final MessageSource messages;

    QualityFindingPages(WorkflowClient workflow, ProblemMessages problems, MessageSource messages) {
        this.workflow = workflow;
        this.problems = problems;
        this.messages = messages;
    }

    /** A finding as the pages show it: times in Beijing time, the agent's words with the evidence marked. */
    record Row(QualityFindings.Finding finding, String saidAt, String receivedAt,
            List<EvidenceHighlighter.Segment> words, @Nullable String reviewedAt) {

        static Row of(QualityFindings.Finding finding) {
            List<EvidenceHighlighter.Span> spans = finding.evidence().stream()
                    .filter(e -> "TEXT_SPAN".equals(e.kind()))
                    .map(e -> new EvidenceHighlighter.Span(start(e), end(e), e.value(), finding.description()))
                    .toList();
            return new Row(finding, BeijingTime.format(finding.saidAt() != null ? finding.saidAt()
                    : finding.conversationAt()), BeijingTime.format(finding.receivedAt()),
                    EvidenceHighlighter.segments(finding.words(), spans),
                    finding.review() == null ? null : BeijingTime.format(finding.review().reviewedAt()));
        }

        private static int start(Cases.Evidence evidence) {
            return evidence.start() == null ? -1 : evidence.start();
        }

        private static int end(Cases.Evidence evidence) {
            return evidence.end() == null ? -1 : evidence.end();
        }
    }

    @GetMapping("/quality-findings")
    String list(@RequestParam(defaultValue = "true") boolean unreviewed,
            @RequestParam(required = false) @Nullable String category, Model model) {
        String chosen = category != null && QualityFindings.CATEGORIES.contains(category) ? category : null;
        model.addAttribute("rows", workflow.qualityFindings(unreviewed, chosen).stream().map(Row::of).toList());
        model.addAttribute("unreviewed", unreviewed);
        model.addAttribute("category", chosen);
        model.addAttribute("categories", QualityFindings.CATEGORIES);
        return "quality/findings";
    }

    @GetMapping("/quality-findings/{findingId}")
    String show(@PathVariable String findingId, Model model) {
        model.addAttribute("row", Row.of(workflow.qualityFinding(findingId)));
        model.addAttribute("verdicts", QualityFindings.VERDICTS);
        return "quality/finding";
    }

    @PostMapping("/quality-findings/{findingId}/review")
    String review(@PathVariable String findingId, @RequestParam Map<String, String> form, Locale locale,
            RedirectAttributes redirect) {
        String verdict = form.getOrDefault("verdict", "").strip();
        String note = form.getOrDefault("note", "").strip();
        try {
            workflow.reviewQualityFinding(findingId, note.isEmpty() ? Map.of("verdict", verdict)
                    : Map.of("verdict", verdict, "note", note));
            redirect.addFlashAttribute("doneLine", messages.getMessage("qc.done.review", null, locale));
        }
        catch (WorkflowException ex) {
            redirect.addFlashAttribute("errorLines", problems.of(ex.problem(), locale));
        }
        return "redirect:/quality-findings/" + findingId;
    }
}
