package org.civitas.identity.internal;

import java.time.Clock;
import org.civitas.identity.AdminPasswordRefused;
import org.civitas.identity.DataScope;
import org.civitas.identity.SecurityLabels;
import org.civitas.platform.DomainException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the root organisation and administrators for a new installation or an operator's command. */
@Component
public class Bootstrap {

    public static final String DEMO_ROOT = "阿坝州人民政府";

    private final Organisations organisations;
    private final Users users;
    private final Roles roles;
    private final RoleGrants grants;
    private final Passwords passwords;
    private final SecurityLabels labels;
    private final IdentitySettings settings;
    private final Environment environment;
    private final Clock clock;
    private String firstPassword;
    private String firstPasswordHash;

    Bootstrap(
            Organisations organisations,
            Users users,
            Roles roles,
            RoleGrants grants,
            Passwords passwords,
            SecurityLabels labels,
            IdentitySettings settings,
            Environment environment,
            Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.roles = roles;
        this.grants = grants;
        this.passwords = passwords;
        this.labels = labels;
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * Creates the root organisation and {@code admin} when there are no users yet. Returns the
     * generated password to print, or null when the operator chose it (CIVITAS_ADMIN_PASSWORD).
     */
    @Transactional
    String firstAdministrator(boolean demo) {
        if (users.count() > 0) {
            return null;
        }
        String chosen = environment.getProperty("CIVITAS_ADMIN_PASSWORD", settings.adminPassword());
        boolean generated = chosen == null || chosen.isBlank();
        if (!generated) {
            requirePolicy(chosen);
        }
        firstPassword = generated ? passwords.generate() : chosen;
        Organisation root = root(demo ? DEMO_ROOT : settings.rootOrganisation(), demo ? "aba" : "root");
        createAdministrator(
                "admin", demo ? "系统管理员" : "Administrator", root, firstPassword, generated, BuiltInRole.SYSTEM_ADMIN);
        return generated ? firstPassword : null;
    }

    /**
     * Refuses a chosen first password that the password policy would refuse from anyone else: it opens the
     * system administrator's account and, in the demo, is the first password of every demo account.
     */
    private void requirePolicy(String chosen) {
        try {
            passwords.checkStrength("password", chosen, "admin");
        } catch (DomainException e) {
            var policy = passwords.policy();
            throw new AdminPasswordRefused(e.messageKey(), policy.minLength(), policy.minClasses());
        }
    }

    /** Whether any account exists (the command line may create administrators before the first serve). */
    boolean hasUsers() {
        return users.count() > 0;
    }

    /** The password given to {@code admin} on this first start (demo accounts share it). */
    public String firstPassword() {
        return firstPassword;
    }

    /**
     * The hash of {@link #firstPassword()}, made once: every demo account starts with that password, and an
     * Argon2 hash per account made each demo start (and each test application's start) seconds slower without
     * making any account safer (they share the password, and each must choose its own at the first sign-in).
     */
    public String firstPasswordHash() {
        if (firstPassword == null) {
            throw new IllegalStateException("the first password is known only while the first start creates it");
        }
        if (firstPasswordHash == null) {
            firstPasswordHash = passwords.hash(firstPassword);
        }
        return firstPasswordHash;
    }

    @Transactional
    public Organisation root(String name, String code) {
        return organisations.findFirstByParentIdIsNullOrderBySortOrderAscIdAsc().orElseGet(() -> {
            var org = organisations.save(new Organisation(name, code, "GOVERNMENT", 0, clock.instant()));
            org.placeUnder(null);
            return org;
        });
    }

    @Transactional
    public UserAccount createAdministrator(
            String username,
            String displayName,
            Organisation org,
            String password,
            boolean mustChange,
            BuiltInRole role) {
        var user = users.save(new UserAccount(
                username,
                displayName,
                org.id(),
                password.equals(firstPassword) ? firstPasswordHash() : passwords.hash(password),
                mustChange,
                labels.all().getLast().code(),
                clock.instant()));
        var r = roles.findByCode(role.name()).orElseThrow();
        grants.save(new RoleGrant(user.id(), r, DataScope.ALL, org.id(), clock.instant()));
        return user;
    }
}
