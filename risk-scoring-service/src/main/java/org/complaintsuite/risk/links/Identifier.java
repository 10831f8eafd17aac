package org.complaintsuite.risk.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.Representative;
import org.complaintsuite.support.text.CustomerText;

/**
 * An identifier a complaint carries, by which complaints of different customers can be linked: the same phone,
 * e-mail, address, organization or ID number.
 *
 * @param role whether the complaint carries it as the customer's own or as the agent's
 */
public record Identifier(Kind kind, String value, Role role) {

    public enum Kind {
        PHONE, EMAIL, ADDRESS, ORGANIZATION, ID_NUMBER
    }

    /** LAWYER: an agent whose organization is a law firm, which represents many clients for ordinary reasons. */
    public enum Role {
        CUSTOMER, AGENT, LAWYER
    }

    private static final Pattern LAW_FIRM = Pattern.compile("律师事务所|律所|LAWFIRM|LAWOFFICE");

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("\\+861[3-9]\\d{9}");

    /** Every identifier of a complaint, in a fixed order. */
    public static List<Identifier> of(ComplaintReceived complaint) {
        List<Identifier> identifiers = new ArrayList<>();
        Customer customer = complaint.customer();
        add(identifiers, Kind.PHONE, customer.phone(), Role.CUSTOMER);
        add(identifiers, Kind.EMAIL, customer.email(), Role.CUSTOMER);
        add(identifiers, Kind.ADDRESS, customer.addressKey(), Role.CUSTOMER);
        add(identifiers, Kind.ID_NUMBER, customer.idNumberHash(), Role.CUSTOMER);
        Representative agent = complaint.representative();
        if (agent != null) {
            String organization = agent.organization() == null ? null : CustomerText.fold(agent.organization());
            Role role = organization != null && isLawFirm(organization) ? Role.LAWYER : Role.AGENT;
            add(identifiers, Kind.PHONE, agent.phone(), role);
            add(identifiers, Kind.EMAIL, agent.email(), role);
            add(identifiers, Kind.ORGANIZATION, organization, role);
        }
        return identifiers;
    }

    private static void add(List<Identifier> identifiers, Kind kind, String value, Role role) {
        if (value != null && !value.isBlank()) {
            String normalized = kind == Kind.EMAIL ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
            identifiers.add(new Identifier(kind, normalized.length() > 256 ? normalized.substring(0, 256) : normalized,
                    role));
        }
    }

    /** Whether an organization's (folded) name is a law firm's. */
    public static boolean isLawFirm(String organization) {
        return LAW_FIRM.matcher(CustomerText.fold(organization)).find();
    }

    /** A fixed-line number: a company switchboard is shared by many people for innocent reasons. */
    public boolean isLandline() {
        return kind == Kind.PHONE && value.startsWith("+86") && !MAINLAND_MOBILE.matcher(value).matches();
    }

    /** The value as evidence may show it: phones, e-mails and ID hashes masked; organizations as they are. */
    public String display() {
        return switch (kind) {
            case PHONE -> value.length() <= 7 ? "***" : value.substring(0, value.length() - 8) + "****"
                    + value.substring(value.length() - 4);
            case EMAIL -> {
                int at = value.indexOf('@');
                yield at < 0 ? "***" : at <= 1 ? "***" + value.substring(at) : value.charAt(0) + "***" + value.substring(at);
            }
            case ADDRESS -> value.length() <= 6 ? value : value.substring(0, 6) + "…";
            case ID_NUMBER -> "id#" + value.substring(0, Math.min(8, value.length()));
            case ORGANIZATION -> value;
        };
    }
}
