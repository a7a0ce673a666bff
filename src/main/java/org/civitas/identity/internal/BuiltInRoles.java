package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.*;

import java.util.Set;

/**
 * The roles every installation has. The three administrator roles keep the duties apart
 * (三员分立): no account may hold two of them, and the auditor reads the audit trail only.
 */
enum BuiltInRoles {
    SYSTEM_ADMIN(
            "系统管理员",
            "用户、组织机构和系统设置 / users, organisations and settings",
            Set.of(ORGANISATION_READ, ORGANISATION_WRITE, USER_READ, USER_WRITE, SETTINGS_WRITE, OPERATIONS_METRICS)),
    SECURITY_ADMIN(
            "安全管理员",
            "角色、授权、知悉范围和密码策略 / roles, grants, clearances and password policy",
            Set.of(
                    ORGANISATION_READ,
                    USER_READ,
                    ROLE_READ,
                    ROLE_WRITE,
                    GRANT_WRITE,
                    CLEARANCE_WRITE,
                    POLICY_WRITE,
                    TOKEN_MANAGE)),
    AUDITOR("安全审计员", "只读审计记录 / reads the audit trail only", Set.of("audit:read"));

    final String displayName;
    final String description;
    final Set<String> permissions;

    BuiltInRoles(String displayName, String description, Set<String> permissions) {
        this.displayName = displayName;
        this.description = description;
        this.permissions = permissions;
    }
}
