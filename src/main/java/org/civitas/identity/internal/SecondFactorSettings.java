package org.civitas.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the TOTP second factor ({@code civitas.identity.second-factor.*}).
 *
 * @param enabled whether sign-in asks for a second factor at all (off: nobody is asked, enrolments are kept)
 * @param requiredForAdministrators whether the three administrators (system, security, audit) must use one
 * @param key base64 of the 32-byte key encrypting the secrets; blank: a key file under the data directory
 * @param issuer the name authenticator apps show beside the account
 * @param pendingMinutes how long a password stays good for the second step
 * @param recoveryCodes how many one-time recovery codes an enrolment gives
 */
@ConfigurationProperties("civitas.identity.second-factor")
record SecondFactorSettings(
        Boolean enabled,
        Boolean requiredForAdministrators,
        String key,
        String issuer,
        Integer pendingMinutes,
        Integer recoveryCodes) {

    SecondFactorSettings {
        if (enabled == null) {
            enabled = true;
        }
        if (requiredForAdministrators == null) {
            requiredForAdministrators = true;
        }
        if (issuer == null || issuer.isBlank()) {
            issuer = "Civitas";
        }
        if (pendingMinutes == null || pendingMinutes < 1) {
            pendingMinutes = 5;
        }
        if (recoveryCodes == null || recoveryCodes < 1) {
            recoveryCodes = 10;
        }
    }
}
