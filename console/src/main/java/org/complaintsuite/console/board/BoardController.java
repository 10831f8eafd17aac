package org.complaintsuite.console.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.complaintsuite.console.cases.CasePageAssembler;
import org.complaintsuite.console.security.ConsoleUser;
import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.workflow.Cases;
import org.complaintsuite.console.workflow.WorkflowClient;

/**
 * The supervisors' board, per group: open backlog, about to breach, breached (counts from workflow's queue
 * filters), and the open cases by assignee.
 */
@Controller
class BoardController {

    /** Open statuses: the case still needs work (resolved cases wait only for closure or the customer). */
    static final String OPEN = "RECEIVED,ASSIGNED,CONTACTED,REOPENED";
    /** "About to breach": the dashboard's horizon (workflow.metrics.about-to-breach-within). */
    static final Duration HORIZON = Duration.ofHours(4);
    /** The most open cases read per group to count them by assignee (workflow's largest page). */
    static final int SAMPLE = 200;

    private final WorkflowClient workflow;
    private final Clock clock;

    BoardController(WorkflowClient workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
    }

    @GetMapping("/board")
    String board(Authentication authentication, Model model) {
        ConsoleUser user = ConsoleUser.of(authentication);
        Instant now = clock.instant();
        List<String> groups = user.groups().isEmpty() ? CasePageAssembler.GROUPS
                : CasePageAssembler.GROUPS.stream().filter(user.groups()::contains).toList();
        List<BoardView.GroupRow> rows = new ArrayList<>();
        for (String group : groups) {
            Cases.Page open = workflow.queue(new WorkflowClient.QueueFilter(group, OPEN, null, null, null, 0, SAMPLE));
            long aboutToBreach = workflow.queue(new WorkflowClient.QueueFilter(group, OPEN, null, false,
                    now.plus(HORIZON), 0, 1)).totalElements();
            long breached = workflow.queue(new WorkflowClient.QueueFilter(group, OPEN, null, true, null, 0, 1))
                    .totalElements();
            rows.add(new BoardView.GroupRow(group, open.totalElements(), aboutToBreach, breached,
                    byAssignee(open.items()), open.totalElements() > open.items().size()));
        }
        model.addAttribute("board", new BoardView(BeijingTime.format(now), BeijingTime.hours(HORIZON), rows));
        return "board/board";
    }

    private static List<BoardView.AssigneeRow> byAssignee(List<Cases.Summary> cases) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Cases.Summary c : cases) {
            long[] count = counts.computeIfAbsent(c.assignee() == null ? "" : c.assignee(), key -> new long[2]);
            count[0]++;
            if (c.breached()) {
                count[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new BoardView.AssigneeRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(BoardView.AssigneeRow::open).reversed())
                .toList();
    }
}
