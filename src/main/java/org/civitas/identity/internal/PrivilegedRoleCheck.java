package org.civitas.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civitas.platform.ModulePermissions;
import org.civitas.platform.PermissionDefinition;
import org.springframework.stereotype.Component;

/**
 * Tells which roles carry an administrative duty (三员分立): the three built-in administrator roles
 * and any role holding a permission that belongs to a duty. External sign-in never gives such a
 * role and never takes over an account that holds one.
 */
@Component
class PrivilegedRoleCheck {

    private final Map<String, PermissionDefinition> catalogue;
    private final RoleGrants grants;

    PrivilegedRoleCheck(List<ModulePermissions> declared, RoleGrants grants) {
        this.catalogue = declared.stream()
                .flatMap(m -> m.definitions().stream())
                .collect(Collectors.toMap(PermissionDefinition::code, Function.identity(), (a, b) -> a));
        this.grants = grants;
    }

    boolean privileged(Role role) {
        return BuiltInRole.dutyOf(role).isPresent()
                || role.permissions().stream()
                        .map(catalogue::get)
                        .filter(Objects::nonNull)
                        .anyMatch(p -> p.duty() != null);
    }

    boolean holdsPrivilege(long userId) {
        return grants.findByUserId(userId).stream().anyMatch(g -> privileged(g.role()));
    }

    static boolean builtInAdministrator(String roleCode) {
        return roleCode != null
                && java.util.Arrays.stream(BuiltInRole.values())
                        .anyMatch(r -> r.name().equalsIgnoreCase(roleCode.trim()));
    }
}
