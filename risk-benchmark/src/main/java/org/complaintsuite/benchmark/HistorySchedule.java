package org.complaintsuite.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.complaintsuite.benchmark.SyntheticComplaints.DAY;
import static org.complaintsuite.benchmark.SyntheticComplaints.END;
import static org.complaintsuite.benchmark.SyntheticComplaints.HISTORY_SECONDS;
import static org.complaintsuite.benchmark.SyntheticComplaints.START;

/**
 * Who complains when in the history: the proxy agencies' recruits in batches, the switchboards' employees, then
 * ordinary customers and families until the history is full; and how many complaints of each kind there were, so
 * that new complaints can be mixed like the history. Only the schedule is held, never a complaint.
 */
final class HistorySchedule {

    private final int complaints;
    private final Population people;
    private final long[] time;
    private final int[] customer;
    private int count;

    int repeatEvents;
    int ringEvents;
    int boardFirstEvents;
    int familyFirstEvents;

    // the schedule sorted by receipt time: time (epoch seconds), customer, and each event's own id (its seed)
    long[] eventTime;
    int[] eventCustomer;
    int[] eventId;

    HistorySchedule(Population people, int complaints) {
        this.people = people;
        this.complaints = complaints;
        this.time = new long[complaints + 16];
        this.customer = new int[complaints + 16];
    }

    /** Schedules the whole history and sorts it by time; returns the number of complaints. */
    int build(int agencyCount, int boardCount) {
        SplittableRandom r = new SplittableRandom(people.seed());
        for (int a = 0; a < agencyCount && count < complaints; a++) {
            agency(a);
        }
        switchboards(r, boardCount);
        ordinaryCustomers(r);
        sortByTime();
        return count;
    }

    /** A proxy agency: batches of recruited customers over its active months. */
    private void agency(int a) {
        SplittableRandom ar = people.rng(a, 0xA6E4C1L);
        boolean active = ar.nextInt(3) == 0;
        long length = (30 + ar.nextInt(211)) * DAY;
        long from = active ? END - (30 + ar.nextInt(150)) * DAY
                : START + (long) (ar.nextDouble() * (HISTORY_SECONDS - 30 * DAY));
        long to = active ? END + 60 * DAY : Math.min(END, from + length);
        people.addAgency(a, from, to, active);
        if (active) {
            people.stillActive(a);
        }
        int size = Math.min(200, 5 + (int) Math.exp(Math.log(18) + 0.8 * ar.nextGaussian()));
        long historyTo = Math.min(to, END);
        List<Integer> recruited = new ArrayList<>();
        while (size > 0 && count < complaints) {
            long day = from + (long) (ar.nextDouble() * Math.max(DAY, historyTo - from - DAY));
            int batch = Math.min(size, 1 + ar.nextInt(6));
            for (int b = 0; b < batch && count < complaints; b++) {
                int c;
                if (!recruited.isEmpty() && ar.nextInt(20) == 0) {
                    c = recruited.get(ar.nextInt(recruited.size()));
                    repeatEvents++;
                }
                else {
                    c = people.newCustomer(-1, -1, a);
                    recruited.add(c);
                }
                time[count] = Math.min(END - 1, day + ar.nextInt(8 * 3600));
                customer[count++] = c;
                ringEvents++;
            }
            size -= batch;
        }
    }

    /** Company switchboards: landlines given by 5-30 employees each. */
    private void switchboards(SplittableRandom r, int boardCount) {
        String[] boardPhones = new String[boardCount];
        int[] boardCustomers = new int[boardCount];
        people.switchboards(boardPhones, boardCustomers);
        for (int b = 0; b < boardCount; b++) {
            SplittableRandom br = people.rng(b, 0xB0A4DL);
            boardPhones[b] = SyntheticContacts.landline(br);
            int employees = 5 + br.nextInt(26);
            boardCustomers[b] = employees;
            for (int e = 0; e < employees && count < complaints; e++) {
                int c = people.newCustomer(-1, b, -1);
                boardFirstEvents++;
                complaintsOf(c, r);
            }
        }
    }

    /** Ordinary customers, some in families, until the history is full. */
    private void ordinaryCustomers(SplittableRandom r) {
        while (count < complaints) {
            if (r.nextInt(100) < 5) {
                int f = people.newFamily();
                int members = 2 + r.nextInt(2);
                for (int m = 0; m < members && count < complaints; m++) {
                    int c = people.newCustomer(f, -1, -1);
                    if (m > 0) {
                        familyFirstEvents++;
                    }
                    complaintsOf(c, r);
                }
            }
            else {
                complaintsOf(people.newCustomer(-1, -1, -1), r);
            }
        }
    }

    /** Schedules a customer's complaints: the first anywhere in the history, the next ones weeks to months later. */
    private void complaintsOf(int c, SplittableRandom r) {
        int roll = r.nextInt(1000);
        int n = roll < 700 ? 1 : roll < 850 ? 2 : roll < 930 ? 3 : roll < 975 ? 4 : 5;
        long t = START + (long) (r.nextDouble() * HISTORY_SECONDS);
        for (int i = 0; i < n && count < complaints && t < END; i++) {
            time[count] = t;
            customer[count++] = c;
            if (i > 0) {
                repeatEvents++;
            }
            t += DAY + (long) (-Math.log(1 - r.nextDouble()) * 45 * DAY);
        }
    }

    /** Sorted by receipt time: the store was filled in time order. */
    private void sortByTime() {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = ((time[i] - START) << 25) | i;
        }
        Arrays.sort(keys);
        eventTime = new long[count];
        eventCustomer = new int[count];
        eventId = new int[count];
        for (int i = 0; i < count; i++) {
            int original = (int) (keys[i] & ((1 << 25) - 1));
            eventTime[i] = time[original];
            eventCustomer[i] = customer[original];
            eventId[i] = original;
        }
    }
}
