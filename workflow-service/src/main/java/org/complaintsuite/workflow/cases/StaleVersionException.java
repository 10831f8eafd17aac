package org.complaintsuite.workflow.cases;

import org.complaintsuite.support.ConflictException;

/**
 * An edit made on another version of the case than the current one: someone else changed it meanwhile. Answered 409
 * like any conflict, with its own problem type and the current version so that a client can tell it from a move the
 * lifecycle does not allow, read the case again and retry.
 */
public class StaleVersionException extends ConflictException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion, long expectedVersion, String message) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
