package org.complaintsuite.workflow.voice;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param dissatisfiedAt  a contact counts as dissatisfied when the dissatisfaction model reads its words at this
 *                        probability or more: 0.85, where the complaint propensity starts to count it, because the
 *                        model, learnt from reviews, reads plain service questions at 0.55 to 0.9 (docs/prevention.md)
 * @param risingWindowDays the rising values compare the period's last this many days with as many days before
 * @param risingMinimum   a value is listed as rising only with at least this many dissatisfied voices in the last window,
 *                        so that one complaint does not top the list
 * @param keepFor         how long a conversation's row is kept for the figures (by its day)
 */
@Validated
@ConfigurationProperties("workflow.voice")
public record VoiceProperties(
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.85") double dissatisfiedAt,
        @Min(1) @Max(92) @DefaultValue("7") int risingWindowDays,
        @Min(1) @DefaultValue("3") int risingMinimum,
        @NotNull @DefaultValue("400d") Duration keepFor) {
}
