package org.complaintsuite.support.web;

import java.util.List;

import org.complaintsuite.support.InvalidInputException;

/** The bounds every paged listing of the suite holds its {@code page} and {@code size} parameters to. */
public final class PageBounds {

    private PageBounds() {
    }

    /**
     * @throws InvalidInputException (400, naming the field) when {@code page} is negative or {@code size} is not
     *                               between 1 and {@code maxSize}
     */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidInputException(List.of(new Problems.FieldError("page", "must be 0 or more")));
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidInputException(List.of(new Problems.FieldError("size",
                    "must be between 1 and " + maxSize)));
        }
    }
}
