package org.complaintsuite.console.workflow;

/** Workflow could not be reached, or did not answer in time. */
public class WorkflowUnavailableException extends RuntimeException {

    public WorkflowUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
