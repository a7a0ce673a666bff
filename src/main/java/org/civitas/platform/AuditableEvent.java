package org.civitas.platform;

/**
 * A domain event that the audit trail records. Every write in every module publishes exactly one
 * such event inside the transaction that makes the change, so the record exists if and only if
 * the change was committed.
 *
 * <p>An event declares its action, object type and object id once with {@link Audited} on its type;
 * these methods read that declaration. It overrides one only where the value depends on its data.
 */
public interface AuditableEvent {

    /** What was done, as {@code resource:action}, e.g. {@code user:create}. */
    default String action() {
        return AuditMetadata.of(getClass()).action(this);
    }

    /** The kind of object acted on, e.g. {@code User}. */
    default String objectType() {
        return AuditMetadata.of(getClass()).objectType(this);
    }

    /** The identifier of the object acted on (may be {@code null} when there is none). */
    default String objectId() {
        return AuditMetadata.of(getClass()).objectId(this);
    }

    /** A short human-readable summary of the change (never secrets). */
    String summary();
}
