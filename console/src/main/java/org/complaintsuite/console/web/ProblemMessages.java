package org.complaintsuite.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.complaintsuite.console.workflow.WorkflowProblem;

/**
 * Workflow's refusals in the user's language: a stale version (409) says the case changed meanwhile and shows the
 * newest; 403 says the role does not allow it; 400 lists what is wrong with each field. Workflow's own detail
 * follows, as it names the rule that refused.
 */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> of(WorkflowProblem problem, Locale locale) {
        List<String> lines = new ArrayList<>();
        String key = switch (problem.status()) {
            case 400 -> "problem.invalid";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 409 -> "problem.stale";
            case 428 -> "problem.versionRequired";
            default -> problem.status() >= 500 ? "problem.server" : "problem.refused";
        };
        Object current = problem.currentVersion() == null ? "?" : problem.currentVersion();
        lines.add(messages.getMessage(key, new Object[] { problem.status(), current }, locale));
        for (WorkflowProblem.FieldError error : problem.errors()) {
            lines.add(messages.getMessage("problem.field", new Object[] { error.field(), error.message() }, locale));
        }
        if (problem.detail() != null && !problem.detail().isBlank() && problem.errors().isEmpty()) {
            lines.add(problem.detail());
        }
        return lines;
    }
}
