package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.*;
import static org.civitas.platform.AdministrativeDuty.SECURITY;
import static org.civitas.platform.AdministrativeDuty.SYSTEM;

import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's permissions and console navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityPermissionsAndMenu {

    @Bean
    ModulePermissions identityPermissions() {
        return ModulePermissions.of(
                PermissionDefinition.of(ORGANISATION_READ),
                PermissionDefinition.of(USER_READ),
                PermissionDefinition.of(ORGANISATION_WRITE, SYSTEM),
                PermissionDefinition.of(USER_WRITE, SYSTEM),
                PermissionDefinition.of(SETTINGS_WRITE, SYSTEM),
                // reads numbers only and no account: a metrics scraper's service account may hold it in a token
                PermissionDefinition.of(OPERATIONS_METRICS),
                PermissionDefinition.of(ROLE_READ, SECURITY),
                PermissionDefinition.of(ROLE_WRITE, SECURITY),
                PermissionDefinition.of(GRANT_WRITE, SECURITY),
                PermissionDefinition.of(CLEARANCE_WRITE, SECURITY),
                PermissionDefinition.of(POLICY_WRITE, SECURITY),
                PermissionDefinition.of(TOKEN_MANAGE, SECURITY),
                PermissionDefinition.of(SECOND_FACTOR_RESET, SECURITY),
                PermissionDefinition.of(ACCOUNT_RECOVER, SECURITY));
    }

    @Bean
    NavigationMenu identityMenu() {
        return NavigationMenu.of(
                new NavigationItem("nav.group.home", "nav.dashboard", "/admin/home", null, "speedometer2", 0),
                new NavigationItem(
                        "nav.group.system",
                        "nav.organisations",
                        "/admin/organisations",
                        ORGANISATION_READ,
                        "diagram-3",
                        100),
                new NavigationItem("nav.group.system", "nav.users", "/admin/users", USER_READ, "people", 110),
                new NavigationItem("nav.group.security", "nav.roles", "/admin/roles", ROLE_READ, "shield-lock", 200),
                new NavigationItem(
                        "nav.group.security", "nav.policy", "/admin/password-policy", POLICY_WRITE, "key", 210));
    }
}
