package org.complaintsuite.intake.channel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.complaintsuite.intake.IntakeProperties;
import org.complaintsuite.intake.channel.chat.ChatComplaint;
import org.complaintsuite.intake.channel.phone.PhoneComplaint;
import org.complaintsuite.model.ComplaintReceived;

/**
 * Tells a complaint from an ordinary service contact, on the normalized content of a call or chat:
 * <ul>
 *     <li>a regulator transfer is always a complaint (not decided here);</li>
 *     <li>a customer who says a complaint word ({@code intake.contacts.complaint-words}: 投诉, 举报, 12378, …) makes any
 *     call or chat a complaint, whatever the flag or tags;</li>
 *     <li>a call is a contact only when the platform flagged it {@code complaintFlag: false}; without a flag it stays a
 *     complaint, so nothing a platform did not judge is lost;</li>
 *     <li>a chat is a contact when the platform tagged it and none of its tags is a complaint tag
 *     ({@code intake.contacts.complaint-tags}); a chat without tags stays a complaint, unless
 *     {@code intake.contacts.untagged-chats-are-contacts} says the platform tags every complaint.</li>
 * </ul>
 * With {@code intake.contacts.divert} off everything is a complaint.
 */
@Component
public class ContactTriage {

    private final IntakeProperties.Contacts settings;

    public ContactTriage(IntakeProperties properties) {
        this.settings = properties.contacts();
    }

    /** Why this call is not a complaint, or empty when it is one. */
    public Optional<String> notComplaint(PhoneComplaint call, ComplaintReceived normalized) {
        if (!settings.divert() || !Boolean.FALSE.equals(call.complaintFlag())) {
            return Optional.empty();
        }
        return saysComplaint(normalized) ? Optional.empty()
                : Optional.of("the call was not flagged as a complaint (complaintFlag false) and the customer did not "
                        + "say they want to complain");
    }

    /** Why this chat is not a complaint, or empty when it is one. */
    public Optional<String> notComplaint(ChatComplaint chat, ComplaintReceived normalized) {
        boolean untagged = chat.tags() == null || chat.tags().stream().allMatch(tag -> tag == null || tag.isBlank());
        if (!settings.divert() || untagged && !settings.untaggedChatsAreContacts() || hasComplaintTag(chat.tags())
                || saysComplaint(normalized)) {
            return Optional.empty();
        }
        return Optional.of("the chat has no complaint tag and the customer did not say they want to complain");
    }

    private boolean hasComplaintTag(@Nullable List<String> tags) {
        if (tags == null) {
            return false;
        }
        return tags.stream().filter(tag -> tag != null).map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .anyMatch(tag -> settings.complaintTags().stream()
                        .anyMatch(complaintTag -> complaintTag.toLowerCase(Locale.ROOT).equals(tag)));
    }

    private boolean saysComplaint(ComplaintReceived normalized) {
        String words = normalized.text().customerText();
        return settings.complaintWords().stream().anyMatch(words::contains);
    }
}
