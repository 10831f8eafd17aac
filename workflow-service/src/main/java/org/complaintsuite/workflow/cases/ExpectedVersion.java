package org.complaintsuite.workflow.cases;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems;

/**
 * The version of the case a command was made on: the {@code If-Match} header (the ETag a GET returned, {@code "3"}),
 * or the body's {@code version}. Either will do; both must then agree.
 */
final class ExpectedVersion {

    private static final Pattern ENTITY_TAG = Pattern.compile("\"?(\\d{1,18})\"?");

    private ExpectedVersion() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @param required whether the command may only be made on a known version (all but notes)
     * @return the version, or null when none was sent and none is required
     * @throws PreconditionRequiredException when a required version is missing
     */
    static @Nullable Long of(@Nullable String ifMatch, CaseCommands.@Nullable Versioned body, boolean required) {
        Long fromHeader = parse(ifMatch);
        Long fromBody = body == null ? null : body.version();
        if (fromHeader != null && fromBody != null && !fromHeader.equals(fromBody)) {
            throw new InvalidInputException(List.of(new Problems.FieldError("version",
                    "differs from the If-Match header (" + ifMatch + "); send one version")));
        }
        Long version = fromHeader != null ? fromHeader : fromBody;
        if (version == null && required) {
            throw new PreconditionRequiredException("Send the version of the case this change was made on: the "
                    + "If-Match header with the ETag of GET /api/v1/cases/{id} (e.g. If-Match: \"3\"), or a "
                    + "\"version\" field in the body.");
        }
        return version;
    }

    private static @Nullable Long parse(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            // "*" or a weak tag or a list: none of them names the one version the change was made on
            throw new InvalidInputException(List.of(new Problems.FieldError("If-Match",
                    "must be the case's ETag as GET returned it, e.g. \"3\"")));
        }
        return Long.valueOf(matcher.group(1));
    }
}
