package org.complaintsuite.workflow.routing;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ProxyDriven;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.TopicSignal;

/**
 * Chooses a case's specialist group (domain brief §6). Rules in order, the first that matches wins:
 * <ol>
 * <li>proxy driven ({@link ProxyDriven}: proxy risk HIGH or above) → {@code ANTI_FRAUD} (the case keeps every SLA
 * clock: the customer is still owed an answer);</li>
 * <li>escalation risk HIGH or above → {@code ESCALATED};</li>
 * <li>a public complaint platform (黑猫) → {@code PUBLIC_PLATFORM};</li>
 * <li>a regulator transfer (12378, 12363, 12315) → {@code ESCALATED}: the customer has escalated already;</li>
 * <li>escalation risk MEDIUM → {@code PROACTIVE}: angry or distressed, not yet threatening; the consumer-protection
 * line calls before it escalates;</li>
 * <li>the credit-report topic → {@code CREDIT_REPORT};</li>
 * <li>the fees-and-interest topic → {@code FEES};</li>
 * <li>a repeat complaint (the customer has an open case), abusive collection or a privacy complaint →
 * {@code COMPLEX};</li>
 * <li>everything else → {@code GENERAL}.</li>
 * </ol>
 * A case not yet assessed is routed on what is known (source, channel, repeat) and routed again when its assessment
 * arrives.
 */
public final class Router {

    public record Decision(SpecialistGroup group, String reason) {
    }

    /**
     * @param escalation the escalation level, null while not assessed
     * @param proxy      the proxy level, null while not assessed
     * @param topics     the topics among the escalation assessment's signals
     * @param repeat     whether the customer has another open case
     */
    public Decision route(Channel channel, ComplaintSource source, @Nullable RiskLevel escalation,
            @Nullable RiskLevel proxy, Set<TopicSignal> topics, boolean repeat) {
        if (ProxyDriven.is(proxy)) {
            return new Decision(SpecialistGroup.ANTI_FRAUD, "proxy risk " + proxy);
        }
        if (escalation != null && escalation.isAtLeast(RiskLevel.HIGH)) {
            return new Decision(SpecialistGroup.ESCALATED, "escalation risk " + escalation);
        }
        if (source == ComplaintSource.HEIMAO) {
            return new Decision(SpecialistGroup.PUBLIC_PLATFORM, "public complaint platform");
        }
        if (channel == Channel.REGULATOR) {
            return new Decision(SpecialistGroup.ESCALATED, "regulator transfer (" + source + ")");
        }
        if (escalation == RiskLevel.MEDIUM) {
            return new Decision(SpecialistGroup.PROACTIVE, "escalation risk MEDIUM");
        }
        if (topics.contains(TopicSignal.CREDIT_REPORT)) {
            return new Decision(SpecialistGroup.CREDIT_REPORT, "credit-report topic");
        }
        if (topics.contains(TopicSignal.FEES)) {
            return new Decision(SpecialistGroup.FEES, "fees topic");
        }
        if (repeat) {
            return new Decision(SpecialistGroup.COMPLEX, "repeat complaint");
        }
        if (topics.contains(TopicSignal.ABUSIVE_COLLECTION) || topics.contains(TopicSignal.PRIVACY)) {
            return new Decision(SpecialistGroup.COMPLEX,
                    (topics.contains(TopicSignal.ABUSIVE_COLLECTION) ? "abusive-collection" : "privacy") + " topic");
        }
        if (escalation == null || proxy == null) {
            return new Decision(SpecialistGroup.GENERAL, "not yet assessed");
        }
        return new Decision(SpecialistGroup.GENERAL, "routine");
    }
}
