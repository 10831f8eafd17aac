package org.complaintsuite.workflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.support.ConflictException;

/**
 * Extending a regulator transfer's deadline (《银行业保险业消费投诉处理管理办法》, CBIRC Order 2020 No. 3, Art. 23):
 * a decision is due within 15 days of receipt, extendable to 30 days and then, with approval, by another 30 (60 at
 * most). One step at a time; the person who asked is never the one who approves.
 */
public final class RegulatorExtensionRule {

    /** The periods in days from receipt, in order: the first is the one without any extension. */
    public static final List<Integer> STEPS = List.of(15, 30, 60);

    private RegulatorExtensionRule() {
    }

    /** The next period a case on {@code currentDays} may be extended to. */
    public static int nextStep(int currentDays) {
        int index = STEPS.indexOf(currentDays);
        if (index < 0 || index == STEPS.size() - 1) {
            throw new ConflictException("The regulator deadline is at %d days, the longest Order No. 3 allows."
                    .formatted(currentDays));
        }
        return STEPS.get(index + 1);
    }

    /** Checks a request for {@code days} against the period in force and a pending request. */
    public static void checkRequest(int days, int currentDays, boolean pending) {
        if (pending) {
            throw new ConflictException("An extension request is already waiting for a supervisor's decision.");
        }
        int next = nextStep(currentDays);
        if (days != next) {
            throw new ConflictException("The deadline is at %d days: the next extension is to %d days, not %d."
                    .formatted(currentDays, next, days));
        }
    }

    /** Whether {@code approver} may decide a request {@code requester} made. */
    public static boolean mayDecide(String requester, String approver) {
        return !requester.equals(approver);
    }

    /**
     * The last day once extended to {@code days} from the day of receipt (Beijing time); a regulator's own later
     * deadline is never brought forward.
     */
    public static LocalDate lastDay(Instant receivedAt, ZoneId zone, int days, @Nullable LocalDate current) {
        LocalDate extended = receivedAt.atZone(zone).toLocalDate().plusDays(days);
        return current != null && current.isAfter(extended) ? current : extended;
    }
}
