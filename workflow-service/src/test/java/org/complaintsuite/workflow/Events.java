package org.complaintsuite.workflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.RiskAssessment;
import org.complaintsuite.model.RiskSignal;

/** Events as intake and risk scoring publish them, for the tests. */
public final class Events {

    private Events() {
    }

    public static ComplaintReceived received(String complaintId, ComplaintSource source, Instant receivedAt) {
        Channel channel = switch (source) {
            case PHONE -> Channel.PHONE;
            case APP, WECHAT, WEB -> Channel.CHAT;
            default -> Channel.REGULATOR;
        };
        return new ComplaintReceived(UUID.randomUUID(), receivedAt.plusSeconds(1), complaintId, channel, source,
                "REF-" + complaintId, receivedAt,
                new Customer(null, "tel-" + complaintId, null, "+8613800138000", null, null, null, null, null), null,
                new ComplaintText("利息太高了", "利息太高了", null, null, null, null), null, List.of(), List.of());
    }

    public static ComplaintAssessed assessed(String complaintId, Instant at, int escalationScore, int proxyScore) {
        return new ComplaintAssessed(UUID.randomUUID(), at, complaintId, risk(escalationScore), risk(proxyScore));
    }

    private static RiskAssessment risk(int score) {
        return RiskAssessment.fromSignals(score == 0 ? List.of() : List.of(new RiskSignal("TEST", "test", score, List.of())));
    }
}
