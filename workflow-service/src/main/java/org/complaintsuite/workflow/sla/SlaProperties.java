package org.complaintsuite.workflow.sla;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SLA rules (domain brief §4).
 *
 * @param firstContact          time from receipt to the first contact (regulatory rule: 48 h)
 * @param resolutionWorkingDays working days after the day of receipt by whose end a complaint is resolved (5)
 * @param regulatorDays         days after receipt a regulator transfer is due when it carries no deadline (15)
 * @param maxPause              the most a resolution clock may be paused in all
 * @param warnings              the shares of the allowed time (percent) at which a warning is raised
 * @param policies              stricter policies, the first that matches a case applies (none: the rules above)
 */
@Validated
@ConfigurationProperties("workflow.sla")
public record SlaProperties(
        @NotNull @DefaultValue("48h") Duration firstContact,
        @Min(1) @Max(60) @DefaultValue("5") int resolutionWorkingDays,
        @Min(1) @Max(365) @DefaultValue("15") int regulatorDays,
        @NotNull @DefaultValue("30d") Duration maxPause,
        @NotEmpty @DefaultValue({"50", "75", "90"}) List<@Min(1) @Max(99) Integer> warnings,
        @DefaultValue List<@Valid SlaPolicy> policies) {

    /** The rules every case gets unless a stricter policy matches. */
    public SlaPolicy standard() {
        return new SlaPolicy(SlaPolicy.STANDARD, firstContact, resolutionWorkingDays, null, null, List.of(), List.of());
    }
}
