package org.complaintsuite.workflow.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.model.ComplaintText;
import org.complaintsuite.model.Customer;
import org.complaintsuite.model.RegulatorTransfer;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.calendar.WorkingCalendar;
import org.complaintsuite.workflow.cases.ComplaintCase;
import org.complaintsuite.workflow.cases.ComplaintReason;
import org.complaintsuite.workflow.cases.ContactMethod;
import org.complaintsuite.workflow.cases.Satisfaction;
import org.complaintsuite.workflow.routing.Router;
import org.complaintsuite.workflow.cases.CaseRules;

/**
 * Cases made the way the service makes them (its router, policies and calendar, the case's own commands), from a
 * fixed seed: met, missed, paused (resumed or not), withdrawn, reopened, regulator deadlines given, counted or
 * extended, still open before and after their due times, and clocks met or looked at exactly at their due time.
 */
final class GeneratedCases {

    private static final ComplaintSource[] SOURCES = ComplaintSource.values();
    private static final RiskLevel[] LEVELS = {null, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH,
            RiskLevel.CRITICAL};

    private final Random random;
    private final Instant now;
    private final CaseRules rules;
    private final Router router = new Router();

    GeneratedCases(long seed, Instant now, CaseRules rules) {
        this.random = new Random(seed);
        this.now = now;
        this.rules = rules;
    }

    /**
     * Opens case {@code i}, hands it to {@code save} (an insert), then works it and hands it again (an update), so
     * that both paths of the rollup triggers run.
     */
    void generate(int i, Consumer<ComplaintCase> save) {
        ComplaintSource source = SOURCES[random.nextInt(SOURCES.length)];
        Channel channel = switch (source) {
            case PHONE -> Channel.PHONE;
            case APP, WECHAT, WEB -> Channel.CHAT;
            case NFRA_12378, PBOC_12363, CCA_12315, HEIMAO -> Channel.REGULATOR;
            case OTHER -> Channel.values()[random.nextInt(Channel.values().length)];
        };
        Instant received = i % 29 == 0 ? now.minus(Duration.ofHours(48))
                : now.minusSeconds(random.nextLong(Duration.ofDays(45).toSeconds()));
        RegulatorTransfer regulator = channel != Channel.REGULATOR ? null
                : new RegulatorTransfer("REG-" + i, random.nextBoolean() ? null
                        : received.atZone(WorkingCalendar.BEIJING).toLocalDate().plusDays(3 + random.nextInt(20)));
        RiskLevel escalation = LEVELS[random.nextInt(LEVELS.length)];
        RiskLevel proxy = escalation == null ? null : LEVELS[1 + random.nextInt(LEVELS.length - 1)];
        String id = "P-%04d".formatted(i);
        var complaint = new ComplaintReceived(new UUID(0, i), received, id, channel, source, "REF-" + i, received,
                new Customer(null, "cust-" + (i % 50 == 7 ? i - 1 : i), null, "+8613800138000", null, null, null, null,
                        null),
                null, new ComplaintText("利息太高了", "利息太高了", null, null, null, null), regulator, List.of(), List.of());
        Router.Decision routing = router.route(channel, source, escalation, proxy, java.util.Set.of(), i % 50 == 7);
        ComplaintCase kase = ComplaintCase.open(complaint, escalation, proxy, routing,
                i % 50 == 7 ? "P-%04d".formatted(i - 1) : null, rules, received);
        kase.takeChanges();
        save.accept(kase);
        work(kase, received);
        kase.takeChanges();
        save.accept(kase);
    }

    private void work(ComplaintCase kase, Instant received) {
        Instant t = received;
        if (random.nextInt(10) < 2) {
            return;
        }
        if (random.nextInt(10) == 0) {
            Instant at = t.plus(hours(0, 40));
            if (!at.isAfter(now)) {
                kase.lifecycle().withdraw("no longer needed", "agent", rules, at);
            }
            return;
        }
        Instant contact = switch (random.nextInt(4)) {
            case 0 -> kase.getClocks().getFirstContactDueAt();
            case 1 -> kase.getClocks().getFirstContactDueAt().plus(hours(1, 30));
            default -> t.plus(hours(0, 40));
        };
        if (contact.isAfter(now) || contact.isBefore(received)) {
            return;
        }
        t = contact;
        kase.lifecycle().contacted(t, ContactMethod.PHONE, "spoke", "agent", rules, t);
        if (kase.getClocks().getRegulator().applies() && random.nextInt(3) == 0) {
            LocalDate lastDay = kase.getClocks().getRegulator().lastDay();
            kase.supervision().extendRegulatorDeadline(lastDay.plusDays(15), 30, "agent", "supervisor", rules, t);
        }
        if (random.nextInt(4) == 0) {
            Instant pause = t.plus(hours(1, 24 * 8));
            if (pause.isAfter(now)) {
                return;
            }
            t = pause;
            kase.lifecycle().pause("waiting for documents", "agent", rules, t);
            Instant resume = t.plus(hours(1, 24 * 35));
            if (random.nextInt(3) == 0 || resume.isAfter(now)) {
                return;
            }
            t = resume;
            kase.lifecycle().resume("agent", rules, t);
        }
        if (random.nextInt(8) == 0) {
            Instant at = t.plus(hours(0, 24 * 6));
            if (!at.isAfter(now)) {
                kase.lifecycle().withdraw("settled elsewhere", "agent", rules, at);
            }
            return;
        }
        t = resolve(kase, t);
        if (t == null || random.nextInt(4) != 0) {
            return;
        }
        Instant reopen = t.plus(hours(1, 24 * 3));
        if (reopen.isAfter(now)) {
            return;
        }
        t = reopen;
        kase.lifecycle().satisfaction(Satisfaction.DISSATISFIED, "agent", rules, t);
        kase.lifecycle().reopen("not satisfied", "agent", rules, t);
        if (random.nextBoolean()) {
            resolve(kase, t);
        }
    }

    private @Nullable Instant resolve(ComplaintCase kase, Instant after) {
        Instant at = switch (random.nextInt(5)) {
            case 0 -> kase.getClocks().getResolution().getDueAt();
            case 1 -> kase.getClocks().getRegulator().applies() ? kase.getClocks().getRegulator().dueAt()
                    : kase.getClocks().getResolution().getDueAt();
            case 2 -> kase.getClocks().getResolution().getDueAt().plus(hours(1, 24 * 4));
            default -> after.plus(hours(1, 24 * 6));
        };
        if (at.isAfter(now) || at.isBefore(after)) {
            return null;
        }
        kase.lifecycle().resolve("refunded", ComplaintReason.PRICING_AND_FEES, "agent", rules, at);
        if (random.nextBoolean()) {
            Satisfaction answer = random.nextBoolean() ? Satisfaction.SATISFIED : Satisfaction.DISSATISFIED;
            if (!at.plus(Duration.ofHours(2)).isAfter(now)) {
                kase.lifecycle().satisfaction(answer, "agent", rules, at.plus(Duration.ofHours(2)));
            }
        }
        return at;
    }

    private Duration hours(int from, int to) {
        return Duration.ofSeconds(random.nextLong(from * 3600L, to * 3600L + 1));
    }
}
