package org.civitas.platform.crypto.internal;

import org.civitas.platform.crypto.KeystoreException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a keystore problem at start-up into Spring Boot's short "APPLICATION FAILED TO START"
 * report (what is wrong, what to do) instead of a page of bean-creation stack trace.
 */
class KeystoreFailureAnalyzer extends AbstractFailureAnalyzer<KeystoreException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeystoreException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the civitas.crypto.keystore.* settings (CIVITAS_CRYPTO_KEYSTORE_PATH, _PASSWORD, _CURRENTKEY);"
                        + " see docs/security.md.",
                cause);
    }
}
