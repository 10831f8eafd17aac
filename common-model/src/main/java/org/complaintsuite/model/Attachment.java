package org.complaintsuite.model;

import org.jspecify.annotations.Nullable;

/** A document sent with a complaint, by name and content hash. */
public record Attachment(String name, @Nullable String sha256) {
}
