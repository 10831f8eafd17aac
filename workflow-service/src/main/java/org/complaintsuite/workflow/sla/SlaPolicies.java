package org.complaintsuite.workflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.calendar.WorkingCalendar;

/**
 * Chooses a case's policy and computes its due times on the working calendar. A policy can only make a clock
 * stricter: a configured time longer than the standard one is cut to the standard.
 */
public final class SlaPolicies {

    private final SlaProperties properties;
    private final SlaPolicy standard;

    public SlaPolicies(SlaProperties properties) {
        this.properties = properties;
        this.standard = properties.standard();
    }

    /** The first configured policy that matches, or the standard one. */
    public SlaPolicy choose(Channel channel, ComplaintSource source, @Nullable RiskLevel escalation,
            @Nullable RiskLevel proxy) {
        return properties.policies().stream()
                .filter(policy -> policy.matches(channel, source, escalation, proxy))
                .findFirst().orElse(standard);
    }

    public @Nullable SlaPolicy named(String name) {
        if (SlaPolicy.STANDARD.equals(name)) {
            return standard;
        }
        return properties.policies().stream().filter(policy -> policy.name().equals(name)).findFirst().orElse(null);
    }

    public Instant firstContactDue(SlaPolicy policy, Instant receivedAt) {
        Duration allowed = policy.firstContact();
        if (allowed == null || allowed.compareTo(properties.firstContact()) > 0) {
            allowed = properties.firstContact();
        }
        return receivedAt.plus(allowed);
    }

    /** The end of the policy's last working day after the day the clock started. */
    public WorkingCalendar.Due resolutionDue(SlaPolicy policy, Instant startedAt, WorkingCalendar calendar) {
        Integer days = policy.resolutionWorkingDays();
        int allowed = days == null ? properties.resolutionWorkingDays()
                : Math.min(days, properties.resolutionWorkingDays());
        return calendar.endOfNthWorkingDayAfter(startedAt, allowed);
    }

    /**
     * A regulator transfer's last day: the deadline given, or the configured number of days after the day of
     * receipt. The calendar moves it to the next working day when it is not one
     * ({@link WorkingCalendar#endOfDeadline}).
     */
    public LocalDate regulatorLastDay(@Nullable LocalDate given, Instant receivedAt) {
        return given != null ? given
                : receivedAt.atZone(WorkingCalendar.BEIJING).toLocalDate().plusDays(properties.regulatorDays());
    }

    public Duration maxPause() {
        return properties.maxPause();
    }

    public List<Integer> warnings() {
        return properties.warnings();
    }
}
