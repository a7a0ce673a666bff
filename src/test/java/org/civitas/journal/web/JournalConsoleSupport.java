package org.civitas.journal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.RunningAs;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Real demo accounts given journal roles through identity's services, for console tests. */
final class JournalConsoleSupport {

    private final UserDetailsService userDetails;
    private final RoleService roles;
    private final OrganisationDirectory organisations;

    JournalConsoleSupport(UserDetailsService userDetails, RoleService roles, OrganisationDirectory organisations) {
        this.userDetails = userDetails;
        this.roles = roles;
        this.organisations = organisations;
    }

    void grantOnce(String username, String roleCode, String... permissions) {
        CivitasUser user = (CivitasUser) userDetails.loadUserByUsername(username);
        if (user.has(permissions[0])) {
            return;
        }
        long root = organisations.all().getFirst().id();
        runAs("secadmin", () -> {
            var role = roles.roles().stream()
                    .filter(r -> r.code().equals(roleCode))
                    .findFirst()
                    .orElseGet(() -> roles.create(new RoleDraft(roleCode, roleCode, null, Set.of(permissions))));
            return roles.grant(user.id(), role.id(), DataScope.ALL, root);
        });
    }

    <T> T runAs(String username, Supplier<T> action) {
        return RunningAs.account(userDetails.loadUserByUsername(username), action);
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
