package org.civitas.identity;

import java.util.List;

/**
 * Roles the security administrator has marked as delegable: user administrators ({@code user:write}) may grant
 * and revoke them to ordinary accounts inside their own scope, through the same grant operations (see the table
 * of duties in docs/security.md). A role carrying an administrative duty is never delegable.
 */
public interface RoleDelegation {

    /** The delegable roles, for a user administrator's grant form. */
    List<RoleView> delegable();

    /** Marks or unmarks a role (security administrator, {@code role:write}); audited as {@code role:delegable}. */
    void delegate(long roleId, boolean delegable);
}
