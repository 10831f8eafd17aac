package org.complaintsuite.console.care;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.complaintsuite.console.web.BeijingTime;
import org.complaintsuite.console.web.ProblemMessages;
import org.complaintsuite.console.workflow.CareTasks;
import org.complaintsuite.console.workflow.WorkflowClient;
import org.complaintsuite.console.workflow.WorkflowException;

/**
 * Care tasks for agents and supervisors: the queue (next clock due first) and a task with what the customer said,
 * why it was opened, its two clocks, and the forms for the reviewer's decision and the outcome; workflow's refusal
 * (409 out of order) comes back in words (post/redirect/get).
 */
@Controller
class CareTaskPages {

    private final WorkflowClient workflow;
    private final ProblemMessages problems;
    private final MessageSource messages;

    CareTaskPages(WorkflowClient workflow, ProblemMessages problems, MessageSource messages) {
        this.workflow = workflow;
        this.problems = problems;
        this.messages = messages;
    }

    /** A task as the pages show it: times in Beijing time. */
    record Row(CareTasks.Task task, String shortId, String contactedAt, String feedbackDue, String handlingDue,
            @Nullable String feedbackDone, @Nullable String handlingDone) {

        static Row of(CareTasks.Task task) {
            return new Row(task, task.contactId().substring(0, Math.min(8, task.contactId().length())),
                    BeijingTime.format(task.contactedAt()), BeijingTime.format(task.feedback().dueAt()),
                    BeijingTime.format(task.handling().dueAt()),
                    task.feedback().doneAt() == null ? null : BeijingTime.format(task.feedback().doneAt()),
                    task.handling().doneAt() == null ? null : BeijingTime.format(task.handling().doneAt()));
        }
    }

    @GetMapping("/care-tasks")
    String queue(Model model) {
        model.addAttribute("rows", workflow.careTasks().stream().map(Row::of).toList());
        return "care/tasks";
    }

    @GetMapping("/care-tasks/{contactId}")
    String show(@PathVariable String contactId, Model model) {
        model.addAttribute("row", Row.of(workflow.careTask(contactId)));
        model.addAttribute("decisions", CareTasks.DECISIONS);
        model.addAttribute("outcomes", CareTasks.OUTCOMES);
        return "care/task";
    }

    @PostMapping("/care-tasks/{contactId}/{command}")
    String run(@PathVariable String contactId, @PathVariable String command, @RequestParam Map<String, String> form,
            Locale locale, RedirectAttributes redirect) {
        String field = switch (command) {
            case "feedback" -> "decision";
            case "outcome" -> "outcome";
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no command " + command);
        };
        String value = form.getOrDefault(field, "").strip();
        String note = form.getOrDefault("note", "").strip();
        try {
            workflow.careCommand(contactId, command, note.isEmpty() ? Map.of(field, value)
                    : Map.of(field, value, "note", note));
            redirect.addFlashAttribute("doneLine", messages.getMessage("care.done." + command, null, locale));
        }
        catch (WorkflowException ex) {
            redirect.addFlashAttribute("errorLines", problems.of(ex.problem(), locale));
        }
        return "redirect:/care-tasks/" + contactId;
    }
}
