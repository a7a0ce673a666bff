package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.ORGANISATION_READ;
import static org.civitas.identity.IdentityPermissions.POLICY_WRITE;
import static org.civitas.identity.IdentityPermissions.ROLE_READ;
import static org.civitas.identity.IdentityPermissions.USER_READ;

import java.util.List;
import org.civitas.platform.HomeContributor;
import org.springframework.stereotype.Component;

/**
 * Where the system and security administrators start on the console home: organisations and users (system
 * administrator, and a county administrator within their county), roles and grants and the password policy
 * (security administrator).
 */
@Component
class AdministrationOnHome implements HomeContributor {

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut(
                        "identity.home.organisations",
                        "identity.home.organisations.hint",
                        "/admin/organisations",
                        "diagram-3",
                        700,
                        ORGANISATION_READ),
                new Shortcut(
                        "identity.home.users", "identity.home.users.hint", "/admin/users", "people", 710, USER_READ),
                new Shortcut(
                        "identity.home.roles",
                        "identity.home.roles.hint",
                        "/admin/roles",
                        "shield-lock",
                        800,
                        ROLE_READ),
                new Shortcut(
                        "identity.home.policy",
                        "identity.home.policy.hint",
                        "/admin/password-policy",
                        "key",
                        810,
                        POLICY_WRITE));
    }
}
