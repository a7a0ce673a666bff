package org.civitas.identity.internal;

import org.slf4j.LoggerFactory;
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
            known = discover();
            registration = known;
        }
        return known;
    }

    /** {@code null} while the platform does not answer: the sign-in is refused, the console stays up. */
    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(OidcSettings.REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope(settings.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(LazyClientRegistrations.class)
                    .warn("Identity platform {} does not answer: {}", settings.issuerUri(), e.toString());
            return null;
        }
    }
}
