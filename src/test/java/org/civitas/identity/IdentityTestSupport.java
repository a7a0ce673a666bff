package org.civitas.identity;

import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.RunAs;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo user in for service-level tests. */
final class IdentityTestSupport {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    private IdentityTestSupport() {}

    static CivitasUser signIn(UserDetailsService users, String username) {
        return RunAs.signIn(users, username);
    }
}
