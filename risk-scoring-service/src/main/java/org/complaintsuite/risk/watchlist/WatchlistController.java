package org.complaintsuite.risk.watchlist;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.NotFoundException;
import org.complaintsuite.support.text.CustomerText;
import org.complaintsuite.support.text.PhoneNumbers;
import org.complaintsuite.support.web.Problems.FieldError;

/**
 * The watch list: phones, e-mails, addresses and organizations known to belong to proxy agencies. A complaint
 * carrying one scores {@code WATCHLISTED}. Values are normalized as intake normalizes complaints, so that
 * {@code 138 0013 8000} matches the {@code +8613800138000} a complaint carries. ID numbers cannot be listed: this
 * service only ever sees their keyed hash. An entry applies to complaints scored after it is added.
 */
@RestController
@RequestMapping(path = "/api/v1/watchlist", produces = MediaType.APPLICATION_JSON_VALUE)
class WatchlistController {

    private final WatchlistStore store;
    private final Clock clock;

    WatchlistController(WatchlistStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    record NewEntry(@NotNull Identifier.Kind type, @NotBlank @Size(max = 256) String value,
            @NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping
    List<WatchlistStore.Entry> all() {
        return store.all();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    WatchlistStore.Entry add(@Valid @RequestBody NewEntry entry) {
        return store.put(entry.type(), normalized(entry.type(), entry.value()), entry.reason().strip(), clock.instant());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@RequestParam Identifier.Kind type, @RequestParam String value) {
        if (!store.remove(type, normalized(type, value))) {
            throw new NotFoundException("%s %s is not on the watch list.".formatted(type, value));
        }
    }

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
