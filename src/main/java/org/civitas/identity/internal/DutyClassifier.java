package org.civitas.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civitas.platform.AdministrativeDuty;
import org.civitas.platform.ModulePermissions;
import org.civitas.platform.PermissionDefinition;
import org.springframework.stereotype.Component;

/**
 * Which administrative duty (三员分立) a permission, a role or an account belongs to, from the
 * catalogue the modules declare. Built-in administrator roles carry their duty even before every
 * module has declared its permissions.
 */
@Component
class DutyClassifier {

    private final Map<String, PermissionDefinition> catalogue;

    DutyClassifier(List<ModulePermissions> declared) {
        this.catalogue = declared.stream()
                .flatMap(m -> m.definitions().stream())
                .collect(Collectors.toMap(PermissionDefinition::code, Function.identity(), (a, b) -> a));
    }

    Map<String, PermissionDefinition> catalogue() {
        return catalogue;
    }

    Optional<AdministrativeDuty> ofPermission(String code) {
        return Optional.ofNullable(catalogue.get(code)).map(PermissionDefinition::duty);
    }

    boolean isDutyPermission(String code) {
        return ofPermission(code).isPresent();
    }

    Set<AdministrativeDuty> ofCodes(Collection<String> codes) {
        return codes.stream()
                .map(catalogue::get)
                .filter(Objects::nonNull)
                .map(PermissionDefinition::duty)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AdministrativeDuty.class)));
    }

    Set<AdministrativeDuty> ofRoles(Collection<Role> roles) {
        Set<AdministrativeDuty> duties =
                ofCodes(roles.stream().flatMap(r -> r.permissions().stream()).toList());
        roles.forEach(r -> BuiltInRole.dutyOf(r).ifPresent(duties::add));
        return duties;
    }

    Set<AdministrativeDuty> ofGrants(Collection<RoleGrant> grants) {
        return ofRoles(grants.stream().map(RoleGrant::role).toList());
    }
}
