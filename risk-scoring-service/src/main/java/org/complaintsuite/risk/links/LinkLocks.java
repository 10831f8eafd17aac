package org.complaintsuite.risk.links;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The advisory locks that serialize the work on complaints that could link to each other: one per customer, per
 * identifier and per text band of a complaint, and one per ring ({@link RingStore}). Keys are taken by one statement
 * in the order given, ascending for a complaint's, so that two transactions never wait for each other in a circle.
 */
final class LinkLocks {

    private static final String LOCK = Sql.load("lock");

    private LinkLocks() {
    }

    /** Advisory locks on the keys, in the order given, held until the transaction ends. */
    static void inOrder(JdbcClient jdbc, long[] keys) {
        jdbc.sql(LOCK).param("keys", keys).query(Long.class).single();
    }

    /**
     * Advisory locks on the keys, in the order given, if every one is free within {@code wait}; else the statement
     * fails ({@code lock_not_available}) and the caller's transaction with it. Later lock statements of the
     * transaction wait as long as they must.
     */
    static void inOrderWithin(JdbcClient jdbc, long[] keys, Duration wait) {
        jdbc.sql("SELECT set_config('lock_timeout', :wait, true)").param("wait", wait.toMillis() + "ms")
                .query(String.class).single();
        inOrder(jdbc, keys);
        jdbc.sql("SET LOCAL lock_timeout TO DEFAULT").update();
    }

    /** A complaint's lock keys, ascending: its customer, its identifiers, its text bands. */
    static long[] keys(LinkStore.Stored stored) {
        Set<Long> keys = new TreeSet<>();
        // the customer too: two complaints of one customer scored at once must see each other as repeats
        keys.add(key("customer:" + stored.complaint().customer().customerKey()));
        stored.identifiers().forEach(id -> keys.add(key(id.kind() + ":" + id.value())));
        Arrays.stream(stored.bands()).forEach(keys::add);
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    static long key(String text) {
        long hash = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }
}
