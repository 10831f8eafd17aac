package org.complaintsuite.support.retention;

import java.util.function.IntSupplier;

import org.slf4j.Logger;

/**
 * A retention purge works in batches, each its own transaction that takes what is due with {@code FOR UPDATE SKIP
 * LOCKED}, so that instances share the work and a run that dies half-way is simply repeated by the next.
 */
public final class Purges {

    private Purges() {
    }

    /**
     * Runs {@code batch} until one comes back short of {@code batchSize}: nothing more is due.
     *
     * @return how many rows were purged in all
     */
    public static int inBatches(IntSupplier batch, int batchSize) {
        int total = 0;
        int purged;
        do {
            purged = batch.getAsInt();
            total += purged;
        }
        while (purged == batchSize);
        return total;
    }

    /**
     * One scheduled run: purges, says how many in the log ({@code "Purged the <what> of N <whose>"}), and leaves a
     * failure for the next run to try again.
     */
    public static void scheduled(Logger log, IntSupplier purge, String what, String whose) {
        try {
            int purged = purge.getAsInt();
            if (purged > 0) {
                log.info("Purged the {} of {} {}", what, purged, whose);
            }
        }
        catch (RuntimeException ex) {
            log.warn("Personal-data purge failed, will try again: {}", ex.toString());
        }
    }

    /**
     * SQL for a jsonb array of risk signals (the expression {@code signals}, null read as empty) with the evidence
     * that quotes the customer ({@code TEXT_SPAN}) left out; codes, weights and the other evidence stay.
     */
    public static String signalsWithoutTextSpans(String signals) {
        return """
                (SELECT COALESCE(jsonb_agg(jsonb_set(s, '{evidence}', COALESCE((SELECT jsonb_agg(e)
                    FROM jsonb_array_elements(COALESCE(s->'evidence', '[]'::jsonb)) e
                    WHERE e->>'kind' IS DISTINCT FROM 'TEXT_SPAN'), '[]'::jsonb))), '[]'::jsonb)
                 FROM jsonb_array_elements(COALESCE(%s, '[]'::jsonb)) s)""".formatted(signals);
    }
}
