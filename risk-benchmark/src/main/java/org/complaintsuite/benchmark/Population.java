package org.complaintsuite.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.complaintsuite.support.text.CustomerText;

import static org.complaintsuite.benchmark.SyntheticContacts.hex;
import static org.complaintsuite.benchmark.SyntheticContacts.landline;
import static org.complaintsuite.benchmark.SyntheticContacts.mix;
import static org.complaintsuite.benchmark.SyntheticContacts.mobile;

/**
 * Who complains: each customer's family, switchboard and agency (or -1), the proxy agencies and the company
 * switchboards. Customers are indexes; every random choice about one is drawn from its own seed ({@link #rng}).
 */
final class Population {

    private final long seed;

    // customers: index -> family, switchboard, agency (or -1)
    private int customerCount;
    private int[] family;
    private int[] board;
    private int[] agencyOf;
    private int familyCount;

    private final List<SyntheticComplaints.Agency> agencies = new ArrayList<>();
    private final List<Integer> activeAgencies = new ArrayList<>();
    private String[] boardPhones = new String[0];
    private int[] boardCustomers = new int[0];

    Population(long seed, int capacity) {
        this.seed = seed;
        family = new int[Math.max(16, capacity)];
        board = new int[family.length];
        agencyOf = new int[family.length];
    }

    long seed() {
        return seed;
    }

    /** The random source of one thing (a customer, an agency, a complaint) for one purpose (the salt). */
    SplittableRandom rng(long id, long salt) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + salt) ^ mix(id + salt * 31));
    }

    int newCustomer(int familyId, int boardId, int agencyId) {
        if (customerCount == family.length) {
            int size = family.length * 3 / 2 + 16;
            family = Arrays.copyOf(family, size);
            board = Arrays.copyOf(board, size);
            agencyOf = Arrays.copyOf(agencyOf, size);
        }
        family[customerCount] = familyId;
        board[customerCount] = boardId;
        agencyOf[customerCount] = agencyId;
        return customerCount++;
    }

    int newFamily() {
        return familyCount++;
    }

    /** Adds agency {@code a}, active between {@code from} and {@code to} (epoch seconds). */
    SyntheticComplaints.Agency addAgency(int a, long from, long to, boolean active) {
        SplittableRandom ar = rng(a, 0xA6E4C2L);
        boolean lawFirm = ar.nextInt(100) < 15;
        String city = PhraseBank.city(ar);
        String organization = AgencyPhrases.agencyName(ar, lawFirm, city);
        String phone = ar.nextInt(100) < 85 ? mobile(ar) : landline(ar);
        String email = ar.nextBoolean()
                ? "service" + hex(ar.nextLong(), 6) + "@" + PhraseSlots.pick(ar, SyntheticContacts.MAIL_DOMAINS)
                : null;
        String office = SyntheticContacts.address(ar, city);
        SyntheticComplaints.Agency agency = new SyntheticComplaints.Agency(a, organization, lawFirm,
                PhraseBank.personName(ar), phone, email, office, CustomerText.fold(office),
                AgencyPhrases.agencyTemplate(ar, organization), from, to, active);
        agencies.add(agency);
        return agency;
    }

    /** Marks an agency of the history as still recruiting when the history ends: new complaints join it. */
    void stillActive(int a) {
        activeAgencies.add(a);
    }

    void switchboards(String[] phones, int[] customers) {
        boardPhones = phones;
        boardCustomers = customers;
    }

    int customers() {
        return customerCount;
    }

    int families() {
        return familyCount;
    }

    List<SyntheticComplaints.Agency> agencies() {
        return agencies;
    }

    /** The agencies active when the history ends, by id. */
    List<Integer> activeAgencies() {
        return activeAgencies;
    }

    int switchboards() {
        return boardPhones.length;
    }

    String boardPhone(int b) {
        return boardPhones[b];
    }

    int customersOfBoard(int b) {
        return boardCustomers[b];
    }

    int familyOf(int customer) {
        return family[customer];
    }

    int boardOf(int customer) {
        return board[customer];
    }

    int agencyOf(int customer) {
        return agencyOf[customer];
    }
}
