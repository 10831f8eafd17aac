package org.complaintsuite.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a {@link Customer#customerKey()} was made from, told by its prefix. Intake makes the key from the best
 * identifier a complaint has (a customer id, else an ID number, else a phone, else the complaint alone); risk scoring
 * counts people by it: two different keys of one kind are two people, keys of different kinds may be one person.
 * One type on both sides, so that a prefix changed in intake cannot silently make every customer "other" in risk.
 */
public enum CustomerKeyKind {

    CUSTOMER_ID("cid-"), ID_NUMBER("idn-"), PHONE("tel-"), COMPLAINT("cmp-");

    /** Every prefix is this long. */
    public static final int PREFIX_LENGTH = 4;

    private final String prefix;

    CustomerKeyKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The customer key of this kind for {@code value} (already hashed where it is personal data). */
    public String key(String value) {
        return prefix + value;
    }

    /** The kind a customer key was made as, if it carries one of the prefixes. */
    public static Optional<CustomerKeyKind> of(String customerKey) {
        return Arrays.stream(values()).filter(kind -> customerKey.startsWith(kind.prefix)).findFirst();
    }
}
