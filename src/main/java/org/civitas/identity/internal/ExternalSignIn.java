package org.civitas.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.SignInEvent.DirectoryGrantsChanged;
import org.civitas.identity.SignInEvent.ExternalAccountCreated;
import org.civitas.identity.SignInEvent.ExternalAccountLinked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an identity that a directory, an identity platform or a certificate has proven into a
 * Civitas account. The rules (see docs/security.md): a linked identity signs in
 * as its account; an unlinked one is linked to the account of the same username unless that
 * account holds an administrative duty (an administrator is linked only by the security
 * administrator); an unknown one gets a new account only where the method allows it, never with a
 * privileged role. A refusal is a {@link BadCredentialsException} whose message is a reason code, so
 * Spring Security audits it as a failed login.
 */
@Component
@Transactional
class ExternalSignIn {

    private static final Logger log = LoggerFactory.getLogger(ExternalSignIn.class);

    /** Reason codes of refusals; the login page shows {@code login.external.<code>}. */
    static final String UNKNOWN = "unknown";

    static final String PRIVILEGED = "privileged";
    static final String NO_ORGANISATION = "organisation";

    private final ExternalAccounts links;
    private final DirectoryGrants directoryGrants;
    private final Users users;
    private final Organisations organisations;
    private final Roles roles;
    private final RoleGrants grants;
    private final PrivilegedRoleCheck privileged;
    private final Passwords passwords;
    private final SecurityLabels labels;
    private final PrincipalLoader principals;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ExternalSignIn(
            ExternalAccounts links,
            DirectoryGrants directoryGrants,
            Users users,
            Organisations organisations,
            Roles roles,
            RoleGrants grants,
            PrivilegedRoleCheck privileged,
            Passwords passwords,
            SecurityLabels labels,
            PrincipalLoader principals,
            ApplicationEventPublisher events,
            Clock clock) {
        this.links = links;
        this.directoryGrants = directoryGrants;
        this.users = users;
        this.organisations = organisations;
        this.roles = roles;
        this.grants = grants;
        this.privileged = privileged;
        this.passwords = passwords;
        this.labels = labels;
        this.principals = principals;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the external source says about the person.
     *
     * @param username the account name to link to or create (the agreed claim, the directory's login name)
     * @param organisationCode where a new account belongs; {@code null} when the source does not say
     * @param grants the grants the source's groups map to; {@code null} when the method does not manage grants
     * @param mayCreate whether an unknown identity gets a new account
     */
    record Identity(
            String method,
            String subject,
            String username,
            String displayName,
            String organisationCode,
            List<MappedGrant> grants,
            boolean mayCreate) {}

    record MappedGrant(String roleCode, String organisationCode, DataScope scope) {}

    CivitasUser signIn(Identity identity) {
        var link = links.findByMethodAndSubject(identity.method(), identity.subject());
        UserAccount user;
        boolean created = false;
        if (link.isPresent()) {
            user = users.findById(link.get().userId()).orElseThrow(() -> refused(UNKNOWN));
        } else {
            user = identity.username() == null
                    ? null
                    : users.findByUsernameIgnoreCase(identity.username()).orElse(null);
            if (user != null) {
                if (privileged.holdsPrivilege(user.id())) {
                    throw refused(PRIVILEGED);
                }
                links.save(new ExternalAccount(user.id(), identity.method(), identity.subject(), false, now()));
                events.publishEvent(
                        new ExternalAccountLinked(user.id(), user.username(), identity.method(), identity.subject()));
            } else if (identity.mayCreate() && identity.username() != null) {
                user = create(identity);
                created = true;
            } else {
                throw refused(UNKNOWN);
            }
        }
        if (!user.enabled()) {
            throw new DisabledException("disabled");
        }
        if (user.isLocked(now())) {
            throw new LockedException("locked");
        }
        if (identity.grants() != null && !created) {
            syncGrants(user, identity.grants());
        }
        links.findByMethodAndSubject(identity.method(), identity.subject()).ifPresent(l -> l.signedIn(now()));
        users.recordLogin(user.id(), now());
        CivitasUser principal = principals.principal(user);
        principal.eraseCredentials();
        return principal;
    }

    private UserAccount create(Identity identity) {
        Organisation organisation = identity.organisationCode() == null
                ? null
                : organisations.findByCode(identity.organisationCode()).orElse(null);
        if (organisation == null) {
            throw refused(NO_ORGANISATION);
        }
        String displayName =
                identity.displayName() == null || identity.displayName().isBlank()
                        ? identity.username()
                        : identity.displayName();
        // a password nobody knows: the account signs in through its source until an administrator sets one
        var user = users.save(new UserAccount(
                identity.username(),
                displayName,
                organisation.id(),
                passwords.hash(unguessable()),
                false,
                labels.lowest().code(),
                now()));
        links.save(new ExternalAccount(user.id(), identity.method(), identity.subject(), true, now()));
        List<String> given = identity.grants() == null ? List.of() : addGrants(user, identity.grants());
        events.publishEvent(new ExternalAccountCreated(
                user.id(), user.username(), identity.method(), identity.subject(), String.join(", ", given)));
        return user;
    }

    /** Adds the mapped grants the account lacks and takes back directory-given grants it no longer maps to. */
    private void syncGrants(UserAccount user, List<MappedGrant> mapped) {
        List<String> added = addGrants(user, mapped);
        Set<String> wanted = new HashSet<>();
        for (MappedGrant m : mapped) {
            wanted.add(m.roleCode() + "@" + m.organisationCode() + "/" + m.scope());
        }
        Map<Long, RoleGrant> held = new HashMap<>();
        grants.findByUserId(user.id()).forEach(g -> held.put(g.id(), g));
        List<String> removed = new ArrayList<>();
        for (DirectoryGrant marker : directoryGrants.findByUserId(user.id())) {
            RoleGrant g = held.get(marker.grantId());
            if (g == null) {
                continue;
            }
            String code = organisations
                    .findById(g.organisationId())
                    .map(Organisation::code)
                    .orElse("");
            if (!wanted.contains(g.role().code() + "@" + code + "/" + g.scope())) {
                directoryGrants.delete(marker);
                grants.delete(g);
                removed.add(g.role().code() + "@" + code);
            }
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            events.publishEvent(new DirectoryGrantsChanged(
                    user.id(), user.username(), String.join(", ", added), String.join(", ", removed)));
        }
    }

    private List<String> addGrants(UserAccount user, List<MappedGrant> mapped) {
        List<String> added = new ArrayList<>();
        for (MappedGrant m : mapped) {
            var role = roles.findByCode(m.roleCode()).orElse(null);
            var organisation = organisations.findByCode(m.organisationCode()).orElse(null);
            if (role == null || organisation == null) {
                log.warn(
                        "Directory mapping names an unknown role {} or organisation {}",
                        m.roleCode(),
                        m.organisationCode());
                continue;
            }
            if (privileged.privileged(role)) {
                // checked at start-up too, but a role may have gained a duty's permission since
                log.warn("Directory mapping to role {} skipped: it carries an administrative duty", role.code());
                continue;
            }
            if (grants.existsByUserIdAndRoleIdAndOrganisationId(user.id(), role.id(), organisation.id())) {
                continue;
            }
            RoleGrant grant = grants.save(new RoleGrant(user.id(), role, m.scope(), organisation.id(), now()));
            directoryGrants.save(new DirectoryGrant(grant.id(), user.id()));
            added.add(role.code() + "@" + organisation.code());
        }
        return added;
    }

    private String unguessable() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private java.time.Instant now() {
        return clock.instant();
    }

    static BadCredentialsException refused(String reason) {
        return new BadCredentialsException(reason);
    }
}
