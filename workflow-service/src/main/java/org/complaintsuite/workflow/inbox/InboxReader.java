package org.complaintsuite.workflow.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.complaintsuite.workflow.routing.SpecialistGroup;

/**
 * A user reading the inbox, and what they may see: items addressed to them, to a group they belong to, and, as a
 * supervisor, to the supervisors of their groups. Group names that are not specialist groups are ignored: no item
 * is ever addressed to one.
 *
 * @param user       the authenticated user's name
 * @param groups     the specialist groups the user belongs to
 * @param supervisor whether the user has the SUPERVISOR role
 * @param operations whether the user has the OPERATIONS role, and so sees what is addressed to {@code ROLE:OPERATIONS}
 */
public record InboxReader(String user, Set<String> groups, boolean supervisor, boolean operations) {

    public InboxReader {
        groups = Set.copyOf(groups);
    }

    public InboxReader(String user, Set<String> groups, boolean supervisor) {
        this(user, groups, supervisor, false);
    }

    /** A reader from a token's raw group names: trimmed, upper-cased, unknown names dropped. */
    public static InboxReader of(String user, Collection<String> rawGroups, boolean supervisor) {
        return of(user, rawGroups, supervisor, false);
    }

    public static InboxReader of(String user, Collection<String> rawGroups, boolean supervisor, boolean operations) {
        Set<String> groups = new TreeSet<>();
        for (String raw : rawGroups) {
            String name = raw.strip().toUpperCase(Locale.ROOT);
            if (isSpecialistGroup(name)) {
                groups.add(name);
            }
        }
        return new InboxReader(user, groups, supervisor, operations);
    }

    /** The addresses ({@link Address#key()}) of every item this reader sees; never empty. */
    public List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        addresses.add(new Address(Audience.USER, user).key());
        for (String group : new TreeSet<>(groups)) {
            addresses.add(new Address(Audience.GROUP, group).key());
            if (supervisor) {
                addresses.add(new Address(Audience.GROUP_SUPERVISORS, group).key());
            }
        }
        if (operations) {
            addresses.add(Address.OPERATIONS.key());
        }
        return addresses;
    }

    public boolean sees(Address address) {
        return switch (address.audience()) {
            case USER -> address.recipient().equals(user);
            case GROUP -> groups.contains(address.recipient());
            case GROUP_SUPERVISORS -> supervisor && groups.contains(address.recipient());
            case ROLE -> operations && Address.OPERATIONS.equals(address);
        };
    }

    static boolean isSpecialistGroup(String name) {
        for (SpecialistGroup group : SpecialistGroup.values()) {
            if (group.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
