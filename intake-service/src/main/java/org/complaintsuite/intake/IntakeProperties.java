package org.complaintsuite.intake;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param idHashKey      secret key of the keyed hash that replaces national ID numbers (and links customers); the
 *                       same key must be used by every intake instance, and changing it breaks linking with older
 *                       complaints
 * @param publishTimeout how long a REST call waits for the broker's acknowledgement before answering 503
 * @param maxRequestSize the largest request body accepted; larger ones are answered 413. The default leaves room
 *                       for a long call's transcript (20,000 characters are about 60 KB) and stays under the
 *                       broker's default 1 MiB record limit
 * @param brokerProbe    how the broker is probed in the background, so that a broker that is away is answered 503 at
 *                       once and intake reports itself not ready
 * @param contacts       how calls and chats that are not complaints are told apart ({@code ContactTriage})
 */
@Validated
@ConfigurationProperties("intake")
public record IntakeProperties(
        @NotBlank String idHashKey,
        @NotNull @DefaultValue("10s") Duration publishTimeout,
        @NotNull @DefaultValue("512KB") DataSize maxRequestSize,
        @NotNull @DefaultValue @Valid Probe brokerProbe,
        @NotNull @DefaultValue @Valid Contacts contacts) {

    /**
     * @param interval the pause between two probes
     * @param timeout  how long one probe waits for the broker's answer
     */
    /**
     * @param divert                  whether calls and chats that are not complaints go to {@code contacts.received}
     *                                instead of becoming complaints (ContactTriage says which are not). On by default:
     *                                counting them as complaints inflates the complaint rate
     * @param untaggedChatsAreContacts whether a chat that came without tags is a contact; off by default, so only a
     *                                platform that tags its chats (tags, none of them a complaint tag) diverts any
     * @param complaintTags           chat tags that make a chat a complaint (compared without case)
     * @param complaintWords          words that make a call or chat a complaint when the customer says them, whatever
     *                                the flag or tags (in simplified characters; the customer's words are compared
     *                                normalized)
     */
    public record Contacts(
            @DefaultValue("true") boolean divert,
            @DefaultValue("false") boolean untaggedChatsAreContacts,
            @NotNull @DefaultValue({"投诉", "客诉", "complaint"}) List<String> complaintTags,
            @NotNull @DefaultValue({"投诉", "举报", "客诉", "维权", "12378", "12363", "12315", "监管", "黑猫"})
            List<String> complaintWords) {
    }

    public record Probe(
            @NotNull @DefaultValue("1s") Duration interval,
            @NotNull @DefaultValue("800ms") Duration timeout) {
    }
}
