package org.complaintsuite.risk.review;

import org.complaintsuite.model.ProxyFlagReviewed;

/** What a review must say to be taken in: one that cannot be is dead-lettered at once, not retried. */
final class ProxyReviews {

    static final int MAX_REVIEWER_LENGTH = 256;

    private ProxyReviews() {
    }

    static void requireComplete(ProxyFlagReviewed review) {
        if (review.eventId() == null || review.occurredAt() == null) {
            throw new IllegalArgumentException("a proxy review needs its eventId and occurredAt");
        }
        if (review.reviewer() == null || review.reviewer().isBlank()
                || review.reviewer().length() > MAX_REVIEWER_LENGTH) {
            throw new IllegalArgumentException("a proxy review needs its reviewer (at most 256 characters)");
        }
        if (review.reason() == null || review.reason().isBlank()) {
            throw new IllegalArgumentException("a proxy review needs the reviewer's reason");
        }
    }
}
