package org.complaintsuite.console.inbox;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.complaintsuite.console.security.ServiceTokens;
import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.workflow.Inbox;
import org.complaintsuite.console.workflow.WorkflowClient;
import org.complaintsuite.console.workflow.WorkflowException;
import org.complaintsuite.console.workflow.WorkflowUnavailableException;

/**
 * The alert inbox: the list, marking read, the unread badge of the header, and the live stream that makes the badge
 * and the list reload when an alert arrives (htmx's SSE extension, {@code hx-trigger="sse:alert"}).
 */
@Controller
class InboxController {

    static final int PAGE_SIZE = 20;

    private final WorkflowClient workflow;
    private final InboxRelay relay;
    private final ServiceTokens tokens;

    InboxController(WorkflowClient workflow, InboxRelay relay, ServiceTokens tokens) {
        this.workflow = workflow;
        this.relay = relay;
        this.tokens = tokens;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("inbox", view(unread, page));
        return "inbox/inbox";
    }

    /** The list alone, reloaded when an alert arrives. */
    @GetMapping("/inbox/items")
    String items(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("inbox", view(unread, page));
        return "inbox/inbox :: items";
    }

    /** The header's unread badge; blank (not an error page) while the inbox cannot be read. */
    @GetMapping("/inbox/badge")
    String badge(Model model) {
        Long unread;
        try {
            unread = workflow.unreadCount();
        }
        catch (WorkflowException | WorkflowUnavailableException ex) {
            unread = null;
        }
        model.addAttribute("unread", unread);
        return "fragments/layout :: badge";
    }

    @PostMapping("/inbox/{id}/read")
    String markRead(@PathVariable String id, @RequestParam(defaultValue = "false") boolean unread,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            HttpServletResponse response) {
        workflow.markRead(id);
        if (htmx != null) {
            // the header's badge listens for it
            response.setHeader("HX-Trigger", "inbox-changed");
            model.addAttribute("inbox", view(unread, 0));
            return "inbox/inbox :: items";
        }
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/read-all")
    String markAllRead() {
        workflow.markAllRead();
        return "redirect:/inbox";
    }

    /** workflow's alert stream, relayed: the token stays here, the browser gets only "an alert arrived". */
    @GetMapping(path = "/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Authentication authentication, HttpServletResponse response) {
        // no proxy may buffer the stream
        response.setHeader("X-Accel-Buffering", "no");
        return relay.open(tokens.bearerFor(authentication));
    }

    private InboxView view(boolean unreadOnly, int page) {
        Inbox.Page items = workflow.inbox(unreadOnly ? Boolean.TRUE : null, Math.max(page, 0), PAGE_SIZE);
        List<InboxView.Row> rows = items.items().stream().map(item -> new InboxView.Row(item.id(),
                item.complaintId(), item.complaintId().substring(0, Math.min(8, item.complaintId().length())),
                item.kind(), item.clock(), item.threshold(), item.audience(), item.group(), item.assignee(),
                BeijingTime.format(item.passedAt()), BeijingTime.format(item.dueAt()),
                BeijingTime.format(item.createdAt()), item.read())).toList();
        return new InboxView(rows, items.unread(), unreadOnly, items.page(), items.totalPages(),
                items.totalElements());
    }
}
