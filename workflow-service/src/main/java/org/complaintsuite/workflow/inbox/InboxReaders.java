package org.complaintsuite.workflow.inbox;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import org.complaintsuite.support.security.Role;

/**
 * The reader behind a request: the authenticated user's name, their groups from the token's groups claim (a JSON
 * array, or names separated by spaces or commas; no claim, no group) and whether they are a supervisor.
 */
@Component
class InboxReaders {

    private static final String SUPERVISOR_AUTHORITY = Role.SUPERVISOR.authority();
    private static final String OPERATIONS_AUTHORITY = Role.OPERATIONS.authority();

    private final String groupsClaim;

    InboxReaders(InboxProperties properties) {
        this.groupsClaim = properties.groupsClaim();
    }

    InboxReader of(Authentication user) {
        Collection<String> groups = user instanceof JwtAuthenticationToken jwt
                ? names(jwt.getToken().getClaims().get(groupsClaim)) : List.of();
        boolean supervisor = user.getAuthorities().stream()
                .anyMatch(authority -> SUPERVISOR_AUTHORITY.equals(authority.getAuthority()));
        boolean operations = user.getAuthorities().stream()
                .anyMatch(authority -> OPERATIONS_AUTHORITY.equals(authority.getAuthority()));
        return InboxReader.of(user.getName(), groups, supervisor, operations);
    }

    private static Collection<String> names(@Nullable Object claim) {
        return switch (claim) {
            case null -> List.of();
            case Collection<?> list -> list.stream().map(String::valueOf).toList();
            case String names -> Arrays.asList(names.split("[\\s,]+"));
            default -> List.of();
        };
    }
}
