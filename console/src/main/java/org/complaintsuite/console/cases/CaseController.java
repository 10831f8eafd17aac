package org.complaintsuite.console.cases;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.complaintsuite.console.security.ConsoleUser;
import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.web.ProblemMessages;
import org.complaintsuite.console.workflow.CareTasks;
import org.complaintsuite.console.workflow.WorkflowClient;
import org.complaintsuite.console.workflow.WorkflowException;

/**
 * A case, and its commands: each form posts here, the command goes to workflow on the version the page showed, and
 * the page comes back (post/redirect/get) with what happened, or with workflow's refusal in words; after a stale
 * version the page shows the newest version, ready to try again.
 */
@Controller
class CaseController {

    private final WorkflowClient workflow;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final Clock clock;

    CaseController(WorkflowClient workflow, ProblemMessages problems, MessageSource messages, Clock clock) {
        this.workflow = workflow;
        this.problems = problems;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases/{complaintId}")
    String show(@PathVariable String complaintId, Authentication authentication, Model model) {
        model.addAttribute("page", CasePageAssembler.assemble(workflow.caseView(complaintId),
                ConsoleUser.of(authentication), clock.instant()));
        model.addAttribute("contacts", workflow.linkedContacts(complaintId).stream()
                .map(contact -> new LinkedContactRow(contact, contact.contactedAt() == null ? ""
                        : BeijingTime.format(contact.contactedAt())))
                .toList());
        return "cases/case";
    }

    /** A contact linked to the case, its time in Beijing time. */
    record LinkedContactRow(CareTasks.LinkedContact contact, String contactedAt) {
    }

    @PostMapping("/cases/{complaintId}/commands/{command}")
    String run(@PathVariable String complaintId, @PathVariable String command,
            @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        CaseCommand named = CaseCommand.named(command)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no command " + command));
        String back = "redirect:/cases/" + complaintId;
        List<String> missing = named.missing(form);
        if (!missing.isEmpty()) {
            redirect.addFlashAttribute("errorLines", missing.stream()
                    .map(field -> messages.getMessage("command.missing",
                            new Object[] { messages.getMessage("field." + field, null, field, locale) }, locale))
                    .toList());
            redirect.addFlashAttribute("failedCommand", named.commandName());
            return back;
        }
        Long version = named.versioned() ? version(form.get("version")) : null;
        try {
            workflow.command(complaintId, named.path(), version, named.body(form));
            redirect.addFlashAttribute("doneLine",
                    messages.getMessage("command.done." + named.commandName(), null, locale));
        }
        catch (WorkflowException ex) {
            redirect.addFlashAttribute("errorLines", problems.of(ex.problem(), locale));
            redirect.addFlashAttribute("failedCommand", named.commandName());
        }
        catch (IllegalArgumentException ex) {
            redirect.addFlashAttribute("errorLines", List.of(messages.getMessage("command.unreadable",
                    new Object[] { ex.getMessage() }, locale)));
            redirect.addFlashAttribute("failedCommand", named.commandName());
        }
        return back;
    }

    private static Long version(String value) {
        try {
            return Long.valueOf(value.strip());
        }
        catch (RuntimeException ex) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the form carries no version");
        }
    }
}
