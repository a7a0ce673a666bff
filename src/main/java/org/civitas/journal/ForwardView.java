package org.civitas.journal;

import java.time.Instant;

/** A record of an edition forwarded to a higher authority. */
public record ForwardView(
        long id,
        long editionId,
        String journalName,
        String numberText,
        String recipient,
        ForwardMethod method,
        String note,
        String packageName,
        String packageSha256,
        long packageSize,
        String forwardedBy,
        Instant forwardedAt) {}
