package org.complaintsuite.support;

/**
 * The request is valid but cannot be applied to the thing in its current state (a move its lifecycle does not
 * allow, an edit made on a stale version): answered 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
