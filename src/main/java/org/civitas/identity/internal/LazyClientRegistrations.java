package org.civitas.identity.internal;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The identity platform's client registration, built from its discovery document at the first
 * sign-in rather than at start-up: an unreachable platform must not keep the console from starting
 * (password sign-in still works), and a later attempt tries again.
 */
class LazyClientRegistrations implements ClientRegistrationRepository {

    private final OidcSettings settings;
    private volatile ClientRegistration registration;

    LazyClientRegistrations(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcSettings.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(OidcSettings.REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope(settings.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
            registration = known;
        }
        return known;
    }
}
