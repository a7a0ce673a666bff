package org.civitas.reporting.internal.demo;

import java.util.Optional;
import java.util.function.Supplier;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.RunningAs;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * What the desk's demo data needs to act like its people: organisations by code, and work done as a
 * named demo user, so that it passes the same permission checks and audit as the console's.
 */
@Component
class DemoSession {

    private final OrganisationDirectory directory;
    private final UserDetailsService userDetails;

    DemoSession(OrganisationDirectory directory, UserDetailsService userDetails) {
        this.directory = directory;
        this.userDetails = userDetails;
    }

    Optional<OrganisationView> find(String code) {
        return directory.all().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    boolean exists(String username) {
        try {
            userDetails.loadUserByUsername(username);
            return true;
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return false;
        }
    }

    <T> T runAs(String username, Supplier<T> action) {
        return RunningAs.account(userDetails.loadUserByUsername(username), action);
    }
}
