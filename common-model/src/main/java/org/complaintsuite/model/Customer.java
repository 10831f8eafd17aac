package org.complaintsuite.model;

import org.jspecify.annotations.Nullable;

/**
 * The complainant as far as the channel identified them.
 *
 * @param customerId   the firm's customer id, when the channel knew it
 * @param customerKey  stable key for linking complaints of one customer even without a customer id
 * @param name         the complainant's name as given
 * @param phone        phone number in E.164 form when it could be understood, otherwise as given
 * @param idNumberHash keyed hash of the national ID number (never the number itself)
 * @param idNumberMasked masked form of the ID number, e.g. {@code 4403**********123X}
 * @param email        e-mail address, lower-cased
 * @param address      postal address as given (Unicode NFKC, trimmed)
 * @param addressKey   the address folded for comparison: simplified characters, no whitespace or punctuation, so
 *                     that two spellings of one address are equal
 */
public record Customer(
        @Nullable String customerId,
        String customerKey,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String idNumberHash,
        @Nullable String idNumberMasked,
        @Nullable String email,
        @Nullable String address,
        @Nullable String addressKey) {
}
