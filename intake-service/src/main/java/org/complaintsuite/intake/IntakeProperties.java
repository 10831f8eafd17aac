package org.complaintsuite.intake;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param idHashKey      secret key of the keyed hash that replaces national ID numbers (and links customers); the
 *                       same key must be used by every intake instance, and changing it breaks linking with older
 *                       complaints
 * @param publishTimeout how long a REST call waits for the broker's acknowledgement before answering 503
 */
@Validated
@ConfigurationProperties("intake")
public record IntakeProperties(
        @NotBlank String idHashKey,
        @NotNull @DefaultValue("10s") Duration publishTimeout) {
}
