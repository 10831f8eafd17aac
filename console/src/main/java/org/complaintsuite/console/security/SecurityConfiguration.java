package org.complaintsuite.console.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page needs a signed-in user; what each role may open follows workflow's own rules (cases: agents and
 * supervisors; figures: operations and supervisors; the group board: supervisors). CSRF protection stays on: every
 * form, and every htmx request, carries the token.
 * <p>
 * Profile {@code local}: form login against the users of {@code console.local.users} and tokens signed with the
 * local secret. Any other profile: OIDC sign-in (Spring Boot's {@code spring.security.oauth2.client.*}) and the
 * user's access token forwarded.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static void pages(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                        // the SSE relay and error pages are dispatched again inside a request already authorized
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error")
                        .permitAll()
                        .requestMatchers("/queue/**", "/cases/**", "/care-tasks/**").hasAnyRole("AGENT", "SUPERVISOR")
                        .requestMatchers("/quality-findings/**").hasAnyRole("SUPERVISOR", "OPERATIONS")
                        .requestMatchers("/board/**").hasRole("SUPERVISOR")
                        .requestMatchers("/dashboard/**", "/prevention/**").hasAnyRole("OPERATIONS", "SUPERVISOR")
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'")));
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("local")
    static class Local {

        @Bean
        SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
            pages(http);
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
            return http.build();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        UserDetailsService localUsers(LocalUsersProperties properties) {
            List<UserDetails> users = properties.users().stream().map(user -> User.withUsername(user.username())
                    .password(user.password())
                    .authorities(authorities(user.roles(), user.groups()))
                    .build()).toList();
            return new InMemoryUserDetailsManager(users);
        }

        @Bean
        ServiceTokens localTokens(LocalTokenProperties properties, JsonMapper json, Clock clock) {
            return new LocalTokens(properties, json, clock);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!local")
    static class Oidc {

        @Bean
        SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
            pages(http);
            http.oauth2Login(login -> login.userInfoEndpoint(info -> info.userAuthoritiesMapper(rolesAndGroups())))
                    .oauth2Client(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                OAuth2AuthorizedClientRepository authorizedClients) {
            DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                    authorizedClients);
            manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                    .authorizationCode().refreshToken().build());
            return manager;
        }

        @Bean
        ServiceTokens forwardedAccessTokens(OAuth2AuthorizedClientManager clients) {
            return new ForwardedAccessTokens(clients);
        }

        /** The identity provider's {@code roles} and {@code groups} claims, as the local users carry them. */
        private static GrantedAuthoritiesMapper rolesAndGroups() {
            return authorities -> {
                Set<GrantedAuthority> mapped = new HashSet<>(authorities);
                for (GrantedAuthority authority : authorities) {
                    if (authority instanceof OidcUserAuthority oidc) {
                        mapped.addAll(authorities(strings(oidc.getAttributes().get("roles")),
                                strings(oidc.getAttributes().get("groups"))));
                    }
                }
                return mapped;
            };
        }

        private static List<String> strings(@Nullable Object claim) {
            return switch (claim) {
                case Collection<?> list -> list.stream().map(String::valueOf).toList();
                case String names -> List.of(names.split("[\\s,]+"));
                case null, default -> List.of();
            };
        }
    }

    private static List<GrantedAuthority> authorities(List<String> roles, List<String> groups) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(
                new SimpleGrantedAuthority(ConsoleUser.ROLE_PREFIX + role.strip().toUpperCase(Locale.ROOT))));
        groups.forEach(group -> authorities.add(
                new SimpleGrantedAuthority(ConsoleUser.GROUP_PREFIX + group.strip().toUpperCase(Locale.ROOT))));
        return authorities;
    }
}
