package org.civitas.identity;

import org.civitas.platform.DomainException;

/**
 * The first administrator's password chosen through {@code CIVITAS_ADMIN_PASSWORD} (or
 * {@code civitas.identity.admin-password}) does not satisfy the password policy, so the installation is
 * not created and the server does not start. Arguments: the reason's message key, the policy's minimum
 * length and its number of character classes. The command line ends with exit code 1 (refused).
 */
public class AdminPasswordRefused extends DomainException {

    public static final String MESSAGE_KEY = "startup.adminPassword.weak";

    public AdminPasswordRefused(String reasonKey, int minLength, int minClasses) {
        super(MESSAGE_KEY, reasonKey, minLength, minClasses);
    }
}
