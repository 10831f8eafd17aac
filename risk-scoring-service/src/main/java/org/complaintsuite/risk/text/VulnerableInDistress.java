package org.complaintsuite.risk.text;

import java.util.List;
import java.util.Set;

import org.complaintsuite.model.Evidence;
import org.complaintsuite.model.RiskSignal;

/** A vulnerable customer (age, illness, disability, unemployment) in distress or despair weighs more than both. */
final class VulnerableInDistress {

    static final String CODE = "VULNERABLE_IN_DISTRESS";
    static final int WEIGHT = 20;

    private VulnerableInDistress() {
    }

    static boolean applies(Set<SignalRule> found) {
        return found.contains(SignalRule.VULNERABLE_CUSTOMER)
                && (found.contains(SignalRule.DISTRESS) || found.contains(SignalRule.DESPAIR));
    }

    static RiskSignal signal() {
        return new RiskSignal(CODE, "a vulnerable customer in acute distress", WEIGHT,
                List.of(Evidence.fact("vulnerability and distress together")));
    }
}
