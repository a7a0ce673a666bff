package org.civitas.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.civitas.audit.AuditOutcome;

/**
 * The content of one audit record, as hashed into the chain. New facts are {@link #normalised()}
 * to what the database stores (microsecond time, bounded lengths) before they are hashed, so the
 * hash computed before insert equals the hash recomputed from the stored row; facts read back are
 * hashed exactly as stored.
 */
record AuditFacts(
        Instant occurredAt,
        String actor,
        String address,
        String action,
        String objectType,
        String objectId,
        String summary,
        AuditOutcome outcome) {

    /** These facts as they will be stored. */
    AuditFacts normalised() {
        return new AuditFacts(
                occurredAt.truncatedTo(ChronoUnit.MICROS),
                clip(actor == null || actor.isBlank() ? CurrentActor.SYSTEM : actor, 100),
                clip(address, 64),
                clip(action == null || action.isBlank() ? "unknown:unknown" : action, 100),
                clip(objectType, 100),
                clip(objectId, 200),
                clip(summary, 2000),
                outcome);
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    static String clip(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
