package org.complaintsuite.intake.channel.chat;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.jspecify.annotations.Nullable;

/** A chat session (app, WeChat or web) as the chat platform sends it. */
public record ChatComplaint(
        @NotBlank String sessionId,
        @Nullable String platform,
        @Nullable String userId,
        @Nullable String phone,
        @NotEmpty List<@Valid Message> messages,
        @Nullable List<String> tags) {

    /**
     * @param sentAt epoch milliseconds
     */
    public record Message(@Nullable String from, @Nullable Long sentAt, @Nullable String text) {
    }
}
