package org.civitas.support;

import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.UserDraft;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts and roles a test fixture makes for itself through identity's real services, and acting as them:
 * what the module fixtures ({@code DeskAccounts}, {@code StatisticsFixture}) have in common, and extend. Unlike
 * {@link RunAs#as}, {@link #runAs} leaves nobody signed in afterwards.
 */
public class TestAccounts {

    private final UserDetailsService userDetails;
    private final UserService users;
    private final RoleService roles;
    private final OrganisationDirectory organisations;

    public TestAccounts(
            UserDetailsService userDetails, UserService users, RoleService roles, OrganisationDirectory organisations) {
        this.userDetails = userDetails;
        this.users = users;
        this.roles = roles;
        this.organisations = organisations;
    }

    /**
     * Has {@code admin} create {@code username} in the organisation with {@code password}, then the user change it to
     * {@code ownPassword}: the console admits a user with an initial password to nothing but the password change.
     */
    public void create(String username, long organisation, String password, String ownPassword) {
        runAs(
                "admin",
                () -> users.create(new UserDraft(username, "测试 " + username, organisation, null, null, password)));
        runAs(username, () -> {
            users.changeOwnPassword(password, ownPassword);
            return null;
        });
    }

    /** The role with this code, created with these permissions when there is none yet (as a security administrator). */
    public RoleView role(String code, Set<String> permissions) {
        return roles.roles().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseGet(() -> roles.create(new RoleDraft(code, code, null, permissions)));
    }

    public long org(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    public long id(String username) {
        return ((CivitasUser) userDetails.loadUserByUsername(username)).id();
    }

    public boolean exists(String username) {
        try {
            userDetails.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    /** Signs in the real account {@code username} with its grants as they are now. */
    public void signIn(String username) {
        var principal = (CivitasUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** Runs {@code action} as {@code username}, then clears the security context. */
    public <T> T runAs(String username, Supplier<T> action) {
        signIn(username);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
