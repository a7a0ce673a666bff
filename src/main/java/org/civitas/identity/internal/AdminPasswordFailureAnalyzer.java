package org.civitas.identity.internal;

import org.civitas.identity.AdminPasswordRefused;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused first password into Spring Boot's "application failed to start" report, so that the
 * operator reads what to change instead of a stack trace (the command line adds its own message and exit
 * code 1). Registered in {@code META-INF/spring.factories}.
 */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefused cause) {
        Object[] args = cause.arguments();
        return new FailureAnalysis(
                "The first administrator's password from CIVITAS_ADMIN_PASSWORD (or civitas.identity.admin-password)"
                        + " does not satisfy the password policy (" + args[0] + "): it needs at least " + args[1]
                        + " characters with " + args[2]
                        + " of lower case, upper case, digits and symbols, and must not contain 'admin'.",
                "Set a stronger CIVITAS_ADMIN_PASSWORD, or unset it to have a password generated and printed.",
                cause);
    }
}
