package org.complaintsuite.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The complaint topics that risk scoring reports among the escalation signals (a {@link RiskSignal} whose code is
 * the topic's name) and that workflow routes on (domain brief §6: credit report → CREDIT_REPORT, fees → FEES,
 * abusive collection and privacy → COMPLEX). One vocabulary for both sides, so that renaming a topic on one side
 * does not compile instead of silently routing every such complaint to GENERAL.
 */
public enum TopicSignal {

    CREDIT_REPORT, FEES, ABUSIVE_COLLECTION, PRIVACY;

    /** The signal code risk scoring reports for this topic. */
    public String code() {
        return name();
    }

    /** The topic a signal code names, if it names one. */
    public static Optional<TopicSignal> ofCode(String code) {
        return Arrays.stream(values()).filter(topic -> topic.code().equals(code)).findFirst();
    }
}
