package org.complaintsuite.console.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Production: the access token the identity provider issued to the signed-in user, refreshed by the authorized
 * client manager when it expires; workflow checks it against the same provider.
 */
public final class ForwardedAccessTokens implements ServiceTokens {

    private final OAuth2AuthorizedClientManager clients;

    public ForwardedAccessTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    public String bearerFor(Authentication user) {
        if (!(user instanceof OAuth2AuthenticationToken oauth)) {
            throw new IllegalStateException("signed in without the identity provider: no token to forward");
        }
        OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(oauth.getAuthorizedClientRegistrationId()).principal(user).build());
        if (client == null) {
            throw new IllegalStateException("the identity provider gave no access token for " + user.getName());
        }
        return client.getAccessToken().getTokenValue();
    }
}
