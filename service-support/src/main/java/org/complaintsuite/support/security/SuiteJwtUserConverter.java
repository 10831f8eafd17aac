package org.complaintsuite.support.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The user a token stands for: named by {@code preferred_username} (what agents know each other by), else by
 * {@code sub}; that name is the actor on a case's timeline and on the watch list's changes. The roles claim may be a
 * JSON array or a string of names separated by spaces or commas; only names that are exactly a {@link Role} count,
 * so {@code "supervisor"} grants nothing.
 */
public final class SuiteJwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    /** The widest actor column of the suite (timeline, assignee, watch-list changes). */
    public static final int MAX_NAME_LENGTH = 64;

    private final String rolesClaim;

    public SuiteJwtUserConverter(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString("preferred_username");
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        if (name == null || name.isBlank()) {
            throw new InvalidBearerTokenException("The token names no user (claim preferred_username or sub).");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidBearerTokenException("The token's user name is longer than " + MAX_NAME_LENGTH
                    + " characters.");
        }
        return new JwtAuthenticationToken(jwt, authorities(jwt.getClaims().get(rolesClaim)), name);
    }

    private static List<GrantedAuthority> authorities(@Nullable Object claim) {
        Collection<?> roles = switch (claim) {
            case null -> List.of();
            case Collection<?> list -> list;
            case String names -> Arrays.asList(names.split("[\\s,]+"));
            default -> List.of();
        };
        return roles.stream().map(String::valueOf).map(String::strip)
                .flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
                .distinct().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }
}
