package org.complaintsuite.console.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user as the console knows them: name, roles (AGENT, SUPERVISOR, OPERATIONS) and the specialist
 * groups they work. Roles are the authorities {@code ROLE_<name>}, groups {@code GROUP_<name>}, however the user
 * signed in.
 */
public record ConsoleUser(String name, Set<String> roles, List<String> groups) {

    public static final String ROLE_PREFIX = "ROLE_";
    public static final String GROUP_PREFIX = "GROUP_";

    public static ConsoleUser of(Authentication authentication) {
        Set<String> roles = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name == null) {
                continue;
            }
            if (name.startsWith(ROLE_PREFIX)) {
                roles.add(name.substring(ROLE_PREFIX.length()));
            }
            else if (name.startsWith(GROUP_PREFIX)) {
                groups.add(name.substring(GROUP_PREFIX.length()));
            }
        }
        return new ConsoleUser(authentication.getName(), Set.copyOf(roles), List.copyOf(groups));
    }

    public boolean agent() {
        return roles.contains("AGENT");
    }

    public boolean supervisor() {
        return roles.contains("SUPERVISOR");
    }

    public boolean operations() {
        return roles.contains("OPERATIONS");
    }

    /** Works cases: sees the queue and the case pages. */
    public boolean worksCases() {
        return agent() || supervisor();
    }

    /** Reads the SLA figures. */
    public boolean readsMetrics() {
        return operations() || supervisor();
    }
}
