package org.complaintsuite.console.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The users of the local profile (profile {@code local} only; production signs in with OIDC).
 *
 * @param users each with an encoded password ({@code {bcrypt}…}), roles and the groups they work
 */
@Validated
@ConfigurationProperties("console.local")
public record LocalUsersProperties(@DefaultValue List<@Valid User> users) {

    public record User(@NotBlank String username, @NotBlank String password, @NotEmpty List<String> roles,
            @NotNull @DefaultValue List<String> groups) {
    }
}
