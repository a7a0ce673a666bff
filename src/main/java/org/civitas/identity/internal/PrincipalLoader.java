package org.civitas.identity.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link CivitasUser} principal from the account and its grants as they are now. */
@Component
@Transactional(readOnly = true)
class PrincipalLoader implements UserDetailsService {

    private final Users users;
    private final RoleGrants grants;
    private final Passwords passwords;
    private final Clock clock;

    PrincipalLoader(Users users, RoleGrants grants, Passwords passwords, Clock clock) {
        this.users = users;
        this.grants = grants;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // a service account is a machine client: it has no password anyone may sign in with
        return users.findByUsernameIgnoreCase(username)
                .filter(u -> !u.serviceAccount())
                .map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    Optional<CivitasUser> byId(long id) {
        return users.findById(id).map(this::principal);
    }

    CivitasUser principal(UserAccount user) {
        return principal(user, grants.findByUserId(user.id()));
    }

    /** The principal from grants the caller has read already (a token request also judges their duties). */
    CivitasUser principal(UserAccount user, java.util.List<RoleGrant> held) {
        Set<String> permissions = new HashSet<>();
        held.forEach(g -> permissions.addAll(g.role().permissions()));
        boolean expired = user.passwordExpired(passwords.policy().maxAgeDays(), clock.instant());
        return new CivitasUser(
                user.id(),
                user.username(),
                user.displayName(),
                user.organisationId(),
                user.clearance(),
                permissions,
                user.enabled(),
                user.isLocked(clock.instant()),
                user.mustChangePassword() || expired,
                user.passwordHash());
    }
}
