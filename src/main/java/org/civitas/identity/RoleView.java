package org.civitas.identity;

import java.util.Set;

/** A role and its permission codes. */
public record RoleView(
        long id, String code, String name, String description, boolean builtin, Set<String> permissions) {}
