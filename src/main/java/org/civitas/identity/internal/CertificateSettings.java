package org.civitas.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Client-certificate sign-in (mutual TLS with a government CA's certificates or a UKey),
 * {@code civitas.identity.x509.*}; off unless {@code enabled}. The TLS side (which CAs are trusted,
 * {@code server.ssl.client-auth=want}) is the server's or the proxy's; this side maps a certificate
 * that TLS accepted to the account the security administrator linked it to.
 *
 * @param key what identifies a certificate: {@code subject} (its subject DN, surviving renewal with the same
 *     subject) or {@code issuer-serial} (one exact certificate)
 */
@ConfigurationProperties("civitas.identity.x509")
record CertificateSettings(boolean enabled, String key) {

    CertificateSettings {
        key = key == null || key.isBlank() ? "subject" : key;
        if (!key.equals("subject") && !key.equals("issuer-serial")) {
            throw new IllegalArgumentException("civitas.identity.x509.key must be subject or issuer-serial");
        }
    }
}
