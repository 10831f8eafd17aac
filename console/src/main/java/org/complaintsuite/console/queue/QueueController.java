package org.complaintsuite.console.queue;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.complaintsuite.console.cases.CasePageAssembler;
import org.complaintsuite.console.security.ConsoleUser;
import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.workflow.Cases;
import org.complaintsuite.console.workflow.WorkflowClient;

/** My queue: the cases of the user's groups, most urgent first (workflow's order), filtered and paged. */
@Controller
class QueueController {

    static final int PAGE_SIZE = 25;
    static final List<String> STATUSES = List.of("RECEIVED", "ASSIGNED", "CONTACTED", "RESOLVED", "CLOSED",
            "WITHDRAWN", "REOPENED", "MERGED");

    private final WorkflowClient workflow;

    QueueController(WorkflowClient workflow) {
        this.workflow = workflow;
    }

    @GetMapping("/queue")
    String queue(@RequestParam(required = false) @Nullable String group,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String breached,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
            Authentication authentication, Model model) {
        ConsoleUser user = ConsoleUser.of(authentication);
        QueueView.Filters filters = new QueueView.Filters(blankToNull(group), blankToNull(status),
                "true".equals(breached) || "false".equals(breached) ? breached : null, mine);
        Cases.Page cases = workflow.queue(new WorkflowClient.QueueFilter(filters.group(), filters.status(),
                mine ? user.name() : null, filters.breached() == null ? null : Boolean.valueOf(filters.breached()),
                null, Math.max(page, 0), PAGE_SIZE));
        List<String> groups = user.groups().isEmpty() ? CasePageAssembler.GROUPS
                : CasePageAssembler.GROUPS.stream().filter(user.groups()::contains).toList();
        model.addAttribute("queue", new QueueView(cases.items().stream().map(QueueController::row).toList(), filters,
                cases.page(), cases.totalPages(), cases.totalElements(), groups, STATUSES));
        return "queue/queue";
    }

    private static QueueView.Row row(Cases.Summary c) {
        return new QueueView.Row(c.complaintId(), c.complaintId().substring(0, Math.min(8, c.complaintId().length())),
                c.channel(), c.status(), c.group(), c.assignee(), c.customerName(), c.customerPhone(),
                c.escalationLevel(), c.proxyLevel(), BeijingTime.format(c.receivedAt()),
                c.nextDueAt() == null ? null : BeijingTime.format(c.nextDueAt()),
                c.nextDueAt() == null ? null : c.nextDueAt().toEpochMilli(), c.breached(), c.repeatOf(),
                c.assessmentFailed());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
