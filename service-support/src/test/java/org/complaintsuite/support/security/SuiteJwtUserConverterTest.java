package org.complaintsuite.support.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteJwtUserConverterTest {

    private final SuiteJwtUserConverter converter = new SuiteJwtUserConverter("roles");

    @Test
    void theUserIsThePreferredUsernameAndTheRolesAreTheSuitesOwn() {
        var user = converter.convert(jwt().claim("preferred_username", "lead-wang")
                .claim("roles", List.of("SUPERVISOR", "INTAKE")).build());

        assertThat(user.getName()).isEqualTo("lead-wang");
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_SUPERVISOR", "ROLE_INTAKE");
    }

    @Test
    void roleNamesMatchOnlyWhenSpelledExactly() {
        var user = converter.convert(jwt().claim("roles", List.of("supervisor", "Agent", " OPERATIONS ", "ADMIN"))
                .build());

        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OPERATIONS");
    }

    @Test
    void rolesMayComeAsOneStringSeparatedBySpacesOrCommas() {
        var user = converter.convert(jwt().claim("roles", "AGENT,INTAKE OPERATIONS").build());

        assertThat(user.getName()).isEqualTo("id-1");
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_AGENT", "ROLE_INTAKE", "ROLE_OPERATIONS");
    }

    @Test
    void aTokenNamingNoUserOrAnOverlongOneIsRefused() {
        assertThatThrownBy(() -> converter.convert(Jwt.withTokenValue("t").header("alg", "HS256")
                .claim("roles", "AGENT").build())).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(jwt().claim("preferred_username", "x".repeat(65)).build()))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "HS256").subject("id-1");
    }
}
