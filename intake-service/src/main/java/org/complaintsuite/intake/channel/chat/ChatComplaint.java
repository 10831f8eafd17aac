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
     * @param sentAt  epoch milliseconds
     * @param agentId for an agent's message, the agent's id (optional): the quality check of agents' words reports to
     *                this agent's supervisor
     */
    public record Message(@Nullable String from, @Nullable Long sentAt, @Nullable String text,
            @Nullable String agentId) {

        public Message(@Nullable String from, @Nullable Long sentAt, @Nullable String text) {
            this(from, sentAt, text, null);
        }
    }
}
