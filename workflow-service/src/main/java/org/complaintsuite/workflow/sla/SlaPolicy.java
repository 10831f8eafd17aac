package org.complaintsuite.workflow.sla;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;

/**
 * A set of clocks and the cases it applies to. A case matches when every condition given holds: its escalation or
 * proxy risk is at least the level named, its channel and source among those listed (an empty list: any).
 *
 * @param name                  recorded on each case it is applied to
 * @param firstContact          time from receipt to the first contact; null: the standard time
 * @param resolutionWorkingDays working days to resolve; null: the standard number
 */
public record SlaPolicy(
        @NotBlank String name,
        @Nullable Duration firstContact,
        @Nullable @Min(1) @Max(60) Integer resolutionWorkingDays,
        @Nullable RiskLevel escalationAtLeast,
        @Nullable RiskLevel proxyAtLeast,
        @Nullable List<Channel> channels,
        @Nullable List<ComplaintSource> sources) {

    public static final String STANDARD = "standard";

    public SlaPolicy {
        channels = channels == null ? List.of() : List.copyOf(channels);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * Whether this policy applies. A risk condition never matches a complaint not yet assessed: it is applied when
     * the assessment arrives, from the receipt on.
     */
    public boolean matches(Channel channel, ComplaintSource source, @Nullable RiskLevel escalation,
            @Nullable RiskLevel proxy) {
        return (escalationAtLeast == null || escalation != null && escalation.isAtLeast(escalationAtLeast))
                && (proxyAtLeast == null || proxy != null && proxy.isAtLeast(proxyAtLeast))
                && (channels.isEmpty() || channels.contains(channel))
                && (sources.isEmpty() || sources.contains(source));
    }
}
