package org.civitas.audit;

import java.time.Instant;

/**
 * One record of the audit trail, as readers see it.
 *
 * @param id position in the chain, starting at 1, without gaps
 * @param actor username; {@code anonymous} for requests without a signed-in user, the attempted
 *     username for failed logins, {@code system} for work done outside any request
 * @param address client IP address as the servlet container reports it (honouring forwarded
 *     headers only as the server's forward-headers strategy is configured), or {@code null}
 * @param action {@code resource:action}, e.g. {@code user:create}, {@code auth:login}
 * @param objectType the object's type under today's name (see {@link AuditObjectTypes})
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String address,
        String action,
        String objectType,
        String objectId,
        String summary,
        AuditOutcome outcome) {

    public AuditEntry {
        objectType = AuditObjectTypes.current(objectType);
    }
}
