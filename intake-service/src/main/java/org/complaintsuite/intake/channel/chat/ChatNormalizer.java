package org.complaintsuite.intake.channel.chat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.complaintsuite.intake.normalize.ComplaintAssembler;
import org.complaintsuite.intake.normalize.Conversations;
import org.complaintsuite.intake.normalize.Normalization;
import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.Utterance;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems.FieldError;
import org.complaintsuite.support.text.CustomerText;

/** A chat becomes a complaint received at the customer's first message; the customer's words are their messages. */
@Component
public class ChatNormalizer {

    private static final Comparator<ChatComplaint.Message> IN_TIME_ORDER = Comparator.comparing(
            ChatComplaint.Message::sentAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Normalization normalization;

    public ChatNormalizer(Normalization normalization) {
        this.normalization = normalization;
    }

    public ComplaintReceived normalize(ChatComplaint chat) {
        // in time order; a message without a time still carries the customer's words, after the timed ones
        List<ChatComplaint.Message> customerMessages = chat.messages().stream()
                .filter(message -> message != null
                        && Conversations.speaker(message.from()) == Utterance.Speaker.CUSTOMER)
                .sorted(IN_TIME_ORDER)
                .toList();
        Instant receivedAt = customerMessages.stream().map(ChatComplaint.Message::sentAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(Instant::ofEpochMilli)
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError("messages",
                        "must contain at least one message from USER with sentAt (epoch milliseconds)"))));
        String words = customerMessages.stream().map(ChatComplaint.Message::text)
                .filter(ChatNormalizer::hasWords).collect(Collectors.joining("\n"));
        if (words.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("messages", "the USER messages have no text")));
        }
        ComplaintAssembler assembler = normalization.start(Channel.CHAT, chat.sessionId());
        ComplaintSource source = platform(chat.platform(), assembler);
        var customer = assembler.customer(chat.userId(), null, assembler.phone("phone", chat.phone()), null, null,
                null);
        return assembler.conversation(conversation(chat.messages()))
                .build(source, receivedAt, customer, ComplaintAssembler.text(words, null, null, null));
    }

    /** Every sender's messages in time order, the bot's and the agent's too: the agent reads the whole exchange. */
    private static List<Utterance> conversation(List<ChatComplaint.Message> messages) {
        return messages.stream()
                .filter(message -> message != null && Conversations.words(message.text()) != null)
                .sorted(IN_TIME_ORDER)
                .map(message -> Conversations.utterance(message.from(),
                        message.sentAt() == null ? null : Instant.ofEpochMilli(message.sentAt()), message.text(),
                        message.agentId()))
                .toList();
    }

    /** Text that still says something once normalized: zero-width and control characters alone do not. */
    static boolean hasWords(@Nullable String text) {
        return text != null && !CustomerText.isBlank(text);
    }

    private static ComplaintSource platform(@Nullable String platform, ComplaintAssembler assembler) {
        if (platform == null || platform.isBlank()) {
            assembler.warn("platform: missing");
            return ComplaintSource.OTHER;
        }
        return switch (platform.strip().toUpperCase(Locale.ROOT)) {
            case "APP" -> ComplaintSource.APP;
            case "WECHAT", "WEIXIN", "微信" -> ComplaintSource.WECHAT;
            case "WEB", "H5", "PC" -> ComplaintSource.WEB;
            default -> {
                assembler.warn("platform: unknown platform '" + platform.strip() + "'");
                yield ComplaintSource.OTHER;
            }
        };
    }
}
