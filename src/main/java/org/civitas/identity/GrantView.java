package org.civitas.identity;

/** One role given to one user over an organisation and, depending on the scope, its subtree or everything. */
public record GrantView(
        long id,
        long userId,
        String username,
        long roleId,
        String roleCode,
        String roleName,
        DataScope scope,
        long organisationId,
        String organisationName) {}
