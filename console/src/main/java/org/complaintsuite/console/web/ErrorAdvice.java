package org.complaintsuite.console.web;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import org.complaintsuite.console.workflow.WorkflowException;
import org.complaintsuite.console.workflow.WorkflowUnavailableException;

/** A page whose data workflow refused or could not give says so, in words, instead of a stack trace. */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final ProblemMessages problems;
    private final MessageSource messages;

    ErrorAdvice(ProblemMessages problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(WorkflowException.class)
    ModelAndView refused(WorkflowException ex, Locale locale) {
        HttpStatus status = HttpStatus.resolve(ex.problem().status());
        return page(problems.of(ex.problem(), locale), status == null ? HttpStatus.BAD_GATEWAY : status);
    }

    @ExceptionHandler(WorkflowUnavailableException.class)
    ModelAndView unavailable(WorkflowUnavailableException ex, Locale locale) {
        log.warn("workflow-service unavailable: {}", ex.getMessage());
        return page(List.of(messages.getMessage("problem.unavailable", null, locale)), HttpStatus.BAD_GATEWAY);
    }

    private static ModelAndView page(List<String> lines, HttpStatus status) {
        ModelAndView page = new ModelAndView("problem");
        page.addObject("problemLines", lines);
        page.setStatus(status);
        return page;
    }
}
