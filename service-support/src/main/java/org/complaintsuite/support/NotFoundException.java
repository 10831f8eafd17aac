package org.complaintsuite.support;

/** The thing asked for does not exist: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
