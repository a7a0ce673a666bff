package org.civitas.identity.internal.demo;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.DataScope;
import org.civitas.identity.internal.Bootstrap;
import org.civitas.identity.internal.BuiltInRole;
import org.civitas.identity.internal.Role;
import org.civitas.identity.internal.RoleGrant;
import org.civitas.identity.internal.RoleGrants;
import org.civitas.identity.internal.Roles;
import org.civitas.identity.internal.UserAccount;
import org.civitas.identity.internal.Users;
import org.civitas.identity.trusted.DemoAccounts;
import org.civitas.platform.RunningAs;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo accounts of other modules, made with the first administrator's password during the demo's creation. */
@Component
class DemoAccountProvisioning implements DemoAccounts {

    private final Bootstrap bootstrap;
    private final Users users;
    private final Roles roles;
    private final RoleGrants grants;
    private final Clock clock;
    private final UserDetailsService userDetails;

    DemoAccountProvisioning(
            Bootstrap bootstrap,
            Users users,
            Roles roles,
            RoleGrants grants,
            Clock clock,
            UserDetailsService userDetails) {
        this.userDetails = userDetails;
        this.bootstrap = bootstrap;
        this.users = users;
        this.roles = roles;
        this.grants = grants;
        this.clock = clock;
    }

    @Override
    public boolean available() {
        return bootstrap.firstPassword() != null;
    }

    @Override
    @Transactional
    public long createUser(String username, String displayName, long organisationId, String clearance) {
        if (!available()) {
            throw new IllegalStateException("demo accounts are made only while the demo is created");
        }
        var user = users.save(new UserAccount(
                username,
                displayName,
                organisationId,
                bootstrap.firstPasswordHash(),
                true, // a shared, widely known password: each demo account chooses its own at first sign-in
                clearance,
                clock.instant()));
        return user.id();
    }

    @Override
    @Transactional
    public void grant(
            String username,
            String roleCode,
            String roleName,
            Set<String> permissions,
            DataScope scope,
            long organisationId) {
        if (!available()) {
            throw new IllegalStateException("demo accounts are made only while the demo is created");
        }
        if (Arrays.stream(BuiltInRole.values()).anyMatch(r -> r.name().equals(roleCode))) {
            throw new IllegalArgumentException("built-in administrator roles are not given by demo data: " + roleCode);
        }
        var user = users.findByUsernameIgnoreCase(username).orElseThrow();
        Role role = roles.findByCode(roleCode)
                .orElseGet(
                        () -> roles.save(new Role(roleCode, chinese(roleName), chinese(roleName), false, permissions)));
        grants.save(new RoleGrant(user.id(), role, scope, organisationId, clock.instant()));
    }

    /**
     * The Chinese part of a name given as "中文 / English": a role stores one name, and the console shows
     * it in the reader's language from the bundles (role.label.CODE), see RoleNames.
     */
    private static String chinese(String name) {
        int slash = name.indexOf(" / ");
        return slash < 0 ? name : name.substring(0, slash);
    }

    @Override
    public <T> T runAs(String username, Supplier<T> action) {
        if (!available()) {
            throw new IllegalStateException("demo accounts act only while the demo is created");
        }
        return RunningAs.account(userDetails.loadUserByUsername(username), action);
    }
}
