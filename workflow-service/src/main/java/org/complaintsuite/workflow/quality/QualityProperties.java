package org.complaintsuite.workflow.quality;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import org.complaintsuite.workflow.routing.SpecialistGroup;

/**
 * Where quality findings go and how long they are owed.
 *
 * @param unrosteredGroup the specialist group whose supervisors get the findings about an agent not on the roster (or
 *                        a chat that named no agent)
 * @param deliverWithin   how soon after the words were said a finding is to reach the supervisor; the findings' figures
 *                        count those that did
 */
@Validated
@ConfigurationProperties("workflow.quality")
public record QualityProperties(
        @NotNull @DefaultValue("GENERAL") SpecialistGroup unrosteredGroup,
        @NotNull @DefaultValue("30m") Duration deliverWithin) {
}
