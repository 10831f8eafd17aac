package org.complaintsuite.workflow.cases;

/** A change sent without the version of the case it was made on: answered 428 Precondition Required. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
