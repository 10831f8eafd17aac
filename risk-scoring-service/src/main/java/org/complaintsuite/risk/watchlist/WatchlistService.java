package org.complaintsuite.risk.watchlist;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.NotFoundException;
import org.complaintsuite.support.text.CustomerText;
import org.complaintsuite.support.text.PhoneNumbers;
import org.complaintsuite.support.web.Problems.FieldError;

/**
 * The supervisors' watch list of identifiers known to belong to proxy agencies: each value normalized as intake
 * normalizes complaints (so that it matches them), every change recorded with who made it and why.
 */
@Service
public class WatchlistService {

    private final WatchlistStore store;
    private final Clock clock;

    WatchlistService(WatchlistStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WatchlistStore.Entry> all() {
        return store.all();
    }

    /** Lists the identifier, or replaces the reason of the entry already listed. */
    public WatchlistStore.Entry add(Identifier.Kind type, String value, String reason, String by) {
        return store.put(type, normalized(type, value), reason.strip(), by, clock.instant());
    }

    /** Takes the identifier, given in any form it was added in, off the list; not listed is {@code 404}. */
    public void remove(Identifier.Kind type, String value, String reason, String by) {
        if (!store.remove(type, normalized(type, value), reason.strip(), by, clock.instant())) {
            throw new NotFoundException("That %s is not on the watch list.".formatted(type));
        }
    }

    @Transactional(readOnly = true)
    public List<WatchlistStore.Change> changes(int limit) {
        return store.changes(limit);
    }

    /** The form a value is listed and matched in; an ID number cannot be listed, since scoring sees only its hash. */
    static String normalized(Identifier.Kind type, String value) {
        return switch (type) {
            case PHONE -> PhoneNumbers.toE164(value).orElseThrow(() -> new InvalidInputException(
                    List.of(new FieldError("value", "is not a valid phone number"))));
            case EMAIL -> CustomerText.normalize(value).toLowerCase(Locale.ROOT);
            case ADDRESS, ORGANIZATION -> CustomerText.fold(value);
            case ID_NUMBER -> throw new InvalidInputException(List.of(new FieldError("type",
                    "ID numbers cannot be watch-listed: risk scoring only sees their keyed hash")));
        };
    }
}
