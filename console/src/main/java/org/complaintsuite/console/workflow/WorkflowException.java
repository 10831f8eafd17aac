package org.complaintsuite.console.workflow;

/** Workflow refused a request; the problem says why. */
public class WorkflowException extends RuntimeException {

    private final WorkflowProblem problem;

    public WorkflowException(WorkflowProblem problem) {
        super("workflow answered " + problem.status() + ": " + problem.title());
        this.problem = problem;
    }

    public WorkflowProblem problem() {
        return problem;
    }
}
