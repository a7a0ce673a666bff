package org.civitas.identity;

import org.civitas.support.RunAs;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo user in for service-level tests. */
final class IdentityTestSupport {

    static final String PASSWORD = "Test#Passw0rd-2026";
    static final String DEMO_PROPERTIES_1 = "civitas.demo.mode=always";
    static final String DEMO_PROPERTIES_2 = "civitas.identity.admin-password=" + PASSWORD;

    private IdentityTestSupport() {}

    static CivitasUser signIn(UserDetailsService users, String username) {
        return RunAs.signIn(users, username);
    }
}
