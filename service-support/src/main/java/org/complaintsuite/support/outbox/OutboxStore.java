package org.complaintsuite.support.outbox;

import java.util.List;

/**
 * The table a service keeps its outbox in. Both methods run in the relay's database transaction, one batch each.
 */
public interface OutboxStore<I> {

    /**
     * Takes up to {@code limit} of the oldest entries not yet published, locked for this transaction
     * ({@code FOR UPDATE SKIP LOCKED}): another instance's relay skips them instead of publishing them too.
     */
    List<OutboxEntry<I>> claim(int limit);

    /** Marks the entries as published (or deletes them): they are never claimed again. */
    void published(List<I> ids);
}
