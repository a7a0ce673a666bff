package org.civitas.identity;

import java.time.Instant;

/** A user as the console shows them. */
public record UserView(
        long id,
        String username,
        String displayName,
        long organisationId,
        String organisationName,
        String clearance,
        String email,
        String phone,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        Instant lastLoginAt,
        Instant createdAt,
        boolean serviceAccount) {}
