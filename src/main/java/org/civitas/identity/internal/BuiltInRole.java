package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.*;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.civitas.platform.AdministrativeDuty;

/**
 * The roles every installation has. The three administrator roles keep the duties apart
 * (三员分立): no account may hold two of them, and the auditor reads the audit trail only.
 */
public enum BuiltInRole {
    SYSTEM_ADMIN(
            AdministrativeDuty.SYSTEM,
            "系统管理员",
            "用户、组织机构、站点、审核流程和系统设置",
            // review chains, sites and search belong to other modules; named here as strings because they depend on
            // identity
            Set.of(
                    ORGANISATION_READ,
                    ORGANISATION_WRITE,
                    USER_READ,
                    USER_WRITE,
                    SETTINGS_WRITE,
                    OPERATIONS_METRICS,
                    "reviewchain:read",
                    "reviewchain:write",
                    "site:create",
                    "site:manage",
                    "search:manage")),
    SECURITY_ADMIN(
            AdministrativeDuty.SECURITY,
            "安全管理员",
            "角色、授权、知悉范围和密码策略",
            Set.of(
                    ORGANISATION_READ,
                    USER_READ,
                    ROLE_READ,
                    ROLE_WRITE,
                    GRANT_WRITE,
                    CLEARANCE_WRITE,
                    POLICY_WRITE,
                    TOKEN_MANAGE,
                    SECOND_FACTOR_RESET,
                    ACCOUNT_RECOVER,
                    // theme packages with script or SVG on a single host (publishing depends on identity)
                    "theme:approve")),
    // audit:read spelled out too: identity does not depend on audit (AuditPermissions.READ)
    AUDITOR(AdministrativeDuty.AUDIT, "安全审计员", "只读审计记录", Set.of("audit:read"));

    final AdministrativeDuty duty;
    final String displayName;
    final String description;
    final Set<String> permissions;

    BuiltInRole(AdministrativeDuty duty, String displayName, String description, Set<String> permissions) {
        this.duty = duty;
        this.displayName = displayName;
        this.description = description;
        this.permissions = permissions;
    }

    /** The duty of a built-in administrator role, whatever permissions the catalogue declares. */
    static Optional<AdministrativeDuty> dutyOf(Role role) {
        return role.builtin()
                ? Arrays.stream(values())
                        .filter(r -> r.name().equals(role.code()))
                        .map(r -> r.duty)
                        .findFirst()
                : Optional.empty();
    }
}
