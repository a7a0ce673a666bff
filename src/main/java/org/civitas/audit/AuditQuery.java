package org.civitas.audit;

import java.time.Instant;

/**
 * A filter over the audit trail; {@code null} (or blank) criteria match everything.
 *
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param actor exact username
 * @param action exact {@code resource:action}, or just a resource (no colon) for all its actions
 * @param objectType exact object type
 * @param objectId exact object id
 * @param outcome exact outcome
 * @param address an address or its beginning (e.g. {@code 10.1.} for a subnet)
 */
public record AuditQuery(
        Instant from,
        Instant to,
        String actor,
        String action,
        String objectType,
        String objectId,
        AuditOutcome outcome,
        String address) {

    public AuditQuery {
        actor = trimToNull(actor);
        action = trimToNull(action);
        objectType = trimToNull(objectType);
        objectId = trimToNull(objectId);
        address = trimToNull(address);
    }

    /** Matches every record. */
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
