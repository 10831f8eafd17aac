package org.complaintsuite.model;

import org.jspecify.annotations.Nullable;

/**
 * A third party filing on the complainant's behalf (an agent, a law firm, a "法务" company).
 *
 * @param phone           phone number in E.164 form when it could be understood, otherwise as given
 * @param email           e-mail address, lower-cased
 * @param powerOfAttorney whether a power of attorney (委托书, 授权书) came with the complaint
 */
public record Representative(
        @Nullable String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String organization,
        boolean powerOfAttorney) {
}
