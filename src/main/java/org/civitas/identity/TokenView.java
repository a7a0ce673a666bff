package org.civitas.identity;

import java.time.Instant;
import java.util.Set;

/** An API token as listed: never the secret, only its first characters. */
public record TokenView(
        long id,
        long userId,
        String username,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        boolean usable,
        Set<String> scope) {}
