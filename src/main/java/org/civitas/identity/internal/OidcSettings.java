package org.civitas.identity.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect sign-in through a unified identity platform (统一身份认证), {@code civitas.identity.oidc.*};
 * off unless {@code enabled}.
 *
 * @param issuerUri the platform's issuer; its discovery document is read at the first sign-in, not at start-up
 * @param clientId this installation's client id at the platform
 * @param clientSecret its secret (from the environment, never the repository)
 * @param scopes requested scopes; {@code openid profile} when not given
 * @param linkClaim the agreed claim whose value is the Civitas username ({@code preferred_username} by default;
 *     an ID-number claim where usernames are ID numbers)
 * @param nameClaim the person's name for a new account
 * @param organisationClaim the claim naming a new account's organisation code (optional)
 * @param defaultOrganisation the organisation code of a new account when the claim says nothing
 * @param createAccounts whether an unknown person gets an account (without any role); off by default: refused
 */
@ConfigurationProperties("civitas.identity.oidc")
record OidcSettings(
        boolean enabled,
        String issuerUri,
        String clientId,
        String clientSecret,
        List<String> scopes,
        String linkClaim,
        String nameClaim,
        String organisationClaim,
        String defaultOrganisation,
        boolean createAccounts) {

    static final String REGISTRATION = "oidc";

    OidcSettings {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
        linkClaim = linkClaim == null || linkClaim.isBlank() ? "preferred_username" : linkClaim;
        nameClaim = nameClaim == null || nameClaim.isBlank() ? "name" : nameClaim;
    }
}
