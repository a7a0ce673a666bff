package org.civitas.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;

/** The sign-in methods beyond the password, each a bean only where the installation switched it on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DirectorySettings.class, OidcSettings.class, CertificateSettings.class})
class SignInConfiguration {

    @Bean
    @ConditionalOnBooleanProperty("civitas.identity.ldap.enabled")
    DirectorySignIn directorySignIn(DirectorySettings settings, ExternalSignIn external) {
        return new DirectorySignIn(settings, external);
    }

    @Bean
    @ConditionalOnBooleanProperty("civitas.identity.oidc.enabled")
    OidcSignIn oidcSignIn(OidcSettings settings, ExternalSignIn external, Passwords passwords) {
        return new OidcSignIn(settings, external, passwords);
    }

    @Bean
    @ConditionalOnBooleanProperty("civitas.identity.x509.enabled")
    CertificateSignIn certificateSignIn(
            CertificateSettings settings,
            ExternalSignIn external,
            Passwords passwords,
            ObjectProvider<AuthenticationManager> manager) {
        return new CertificateSignIn(settings, external, passwords, manager);
    }
}
