package org.complaintsuite.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.complaintsuite.model.ComplaintReceived;

/**
 * A deterministic synthetic population of complainants and their complaints: the history (N complaints over the
 * two years before {@link #HISTORY_END}) and the stream of new complaints after it, mixed like the history.
 * <p>
 * Who complains:
 * <ul>
 * <li>ordinary customers: 70% complain once, the rest 2–5 times over months (gaps of about 45 days on average, so
 * some fall in the 30-day repeat window);</li>
 * <li>families: about 5% of new customers start a family of 2–3 customers at one address, a third of the members
 * giving the family's phone rather than their own;</li>
 * <li>company switchboards: a few dozen landlines per million complaints, each given as the phone of 5–30
 * employees;</li>
 * <li>proxy agencies: a few hundred rings, each recruiting 5–200 customers in batches over 1–8 months, filing
 * with the agency's phone, organization and (often) e-mail, a power of attorney, sometimes the agency's office
 * as the customer's address or its phone as the customer's, and the agency's templated text. A third of them are
 * still active when the history ends; new complaints join those.</li>
 * </ul>
 * Only the schedule (who complains when) is held in memory; each complaint is generated on demand from its own
 * seed, so the same seed gives the same complaints every run.
 */
final class SyntheticComplaints {

    static final Instant HISTORY_END = Instant.parse("2025-10-01T00:00:00Z");
    static final long HISTORY_DAYS = 730;
    static final long DAY = 86_400;
    static final long HISTORY_SECONDS = HISTORY_DAYS * DAY;
    static final long END = HISTORY_END.getEpochSecond();
    static final long START = END - HISTORY_SECONDS;

    /** What kind of complaint a new one is, for the latency split. */
    enum Scenario {
        FRESH("new customer"), REPEAT("returning customer"), FAMILY("new member of a known family"),
        SWITCHBOARD("new user of a shared switchboard"), RING_JOIN("joins an existing proxy ring"),
        NEW_RING("proxy agency new since the history");

        final String description;

        Scenario(String description) {
            this.description = description;
        }
    }

    /** A proxy agency: its contacts, its template and when it is active. */
    record Agency(int id, String organization, boolean lawFirm, String agentName, String phone, String email,
            String officeAddress, String officeAddressKey, AgencyPhrases.AgencyTemplate template, long from, long to,
            boolean activeAtEnd) {
    }

    /** A new complaint to score, with what kind of complaint it is. */
    record Sample(ComplaintReceived complaint, Scenario scenario) {
    }


    private final int complaints;
    private final Population people;
    private final ComplaintFactory factory;

    // history events, sorted by time: receipt time (epoch seconds), customer, and the event's own id (its seed)
    private final long[] eventTime;
    private final int[] eventCustomer;
    private final int[] eventId;
    private final int events;

    // shares of the history, for mixing the new complaints like it
    private final int repeatEvents;
    private final int ringEvents;
    private final int boardFirstEvents;
    private final int familyFirstEvents;

    // new complaints
    private int nextSample;

    SyntheticComplaints(long seed, int complaints, int agencyCount, int boardCount) {
        this.complaints = complaints;
        this.people = new Population(seed, complaints);
        this.factory = new ComplaintFactory(people);
        HistorySchedule schedule = new HistorySchedule(people, complaints);
        events = schedule.build(agencyCount, boardCount);
        eventTime = schedule.eventTime;
        eventCustomer = schedule.eventCustomer;
        eventId = schedule.eventId;
        repeatEvents = schedule.repeatEvents;
        ringEvents = schedule.ringEvents;
        boardFirstEvents = schedule.boardFirstEvents;
        familyFirstEvents = schedule.familyFirstEvents;
    }

    int complaints() {
        return events;
    }

    int customers() {
        return people.customers();
    }

    List<Agency> agencies() {
        return people.agencies();
    }

    int families() {
        return people.families();
    }

    int switchboards() {
        return people.switchboards();
    }

    int historyCustomerOf(int sortedIndex) {
        return eventCustomer[sortedIndex];
    }

    int eventIdOf(int sortedIndex) {
        return eventId[sortedIndex];
    }

    /** The agency a customer filed through, or -1. */
    int agencyOfCustomer(int customer) {
        return people.agencyOf(customer);
    }

    /** The switchboard a customer gave as phone, or -1. */
    int boardOfCustomer(int customer) {
        return people.boardOf(customer);
    }

    int customersOfBoard(int board) {
        return people.customersOfBoard(board);
    }

    double share(Scenario scenario) {
        double ring = (double) ringEvents / events;
        double repeat = (double) repeatEvents / events;
        double boards = (double) boardFirstEvents / events;
        double families = (double) familyFirstEvents / events;
        return switch (scenario) {
            case REPEAT -> repeat;
            case RING_JOIN -> ring * 0.9;
            case NEW_RING -> ring * 0.1;
            case SWITCHBOARD -> boards;
            case FAMILY -> families;
            case FRESH -> 1 - ring - repeat - boards - families;
        };
    }



    // ------------------------------------------------------------------------------------------------ new complaints

    /** The next new complaint after the history, mixed like the history, received a little after the last one. */
    Sample nextSample() {
        int i = nextSample++;
        int id = complaints + i;
        long interval = Math.max(1, HISTORY_SECONDS / Math.max(1, events));
        long at = END + (i + 1) * interval;
        SplittableRandom r = people.rng(id, 0x5A3F1EL);
        double roll = r.nextDouble();
        Scenario scenario = Scenario.FRESH;
        double sum = 0;
        for (Scenario candidate : List.of(Scenario.RING_JOIN, Scenario.NEW_RING, Scenario.REPEAT, Scenario.FAMILY,
                Scenario.SWITCHBOARD)) {
            sum += share(candidate);
            if (roll < sum) {
                scenario = candidate;
                break;
            }
        }
        int c = switch (scenario) {
            case FRESH -> people.newCustomer(-1, -1, -1);
            case REPEAT -> recentCustomer(r, at);
            case FAMILY -> people.newCustomer(people.families() == 0 ? -1 : r.nextInt(people.families()), -1, -1);
            case SWITCHBOARD -> people.newCustomer(-1, r.nextInt(people.switchboards()), -1);
            case RING_JOIN -> people.newCustomer(-1, -1, people.activeAgencies().isEmpty() ? newAgency(at)
                    : people.activeAgencies().get(r.nextInt(people.activeAgencies().size())));
            case NEW_RING -> people.newCustomer(-1, -1, newAgencyOrRecent(r, at));
        };
        return new Sample(factory.complaint(id, c, at), scenario);
    }

    /** A new agency's complaints come several at a time: reuse the newest agency for a while. */
    private int newAgencyOrRecent(SplittableRandom r, long at) {
        Agency newest = people.agencies().getLast();
        if (newest.from() > END && r.nextInt(4) != 0) {
            return newest.id();
        }
        return newAgency(at);
    }

    private int newAgency(long at) {
        int a = people.agencies().size();
        people.addAgency(a, at, at + 120 * DAY, true);
        return a;
    }

    /** A customer who complained in the two months before: repeats come within weeks. */
    private int recentCustomer(SplittableRandom r, long at) {
        long from = at - 60 * DAY;
        int lo = lowerBound(from);
        if (lo >= events) {
            return eventCustomer[r.nextInt(events)];
        }
        return eventCustomer[lo + r.nextInt(events - lo)];
    }

    private int lowerBound(long t) {
        int lo = 0;
        int hi = events;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (eventTime[mid] < t) {
                lo = mid + 1;
            }
            else {
                hi = mid;
            }
        }
        return lo;
    }

    // ------------------------------------------------------------------------------------------------ complaints

    /** The history complaint at a position in time order. */
    ComplaintReceived historyComplaint(int sortedIndex) {
        return factory.complaint(eventId[sortedIndex], eventCustomer[sortedIndex], eventTime[sortedIndex]);
    }

    Instant historyReceivedAt(int sortedIndex) {
        return Instant.ofEpochSecond(eventTime[sortedIndex]);
    }

    static Duration historySpan() {
        return Duration.ofDays(HISTORY_DAYS);
    }
}
