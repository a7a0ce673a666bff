package org.civitas.platform;

/**
 * A domain event that the audit trail records. Every write in every module publishes exactly one
 * such event inside the transaction that makes the change, so the record exists if and only if
 * the change was committed.
 */
public interface AuditableEvent {

    /** What was done, as {@code resource:action}, e.g. {@code user:create}. */
    String action();

    /** The kind of object acted on, e.g. {@code User}. */
    String objectType();

    /** The identifier of the object acted on (may be {@code null} when there is none). */
    String objectId();

    /** A short human-readable summary of the change (never secrets). */
    String summary();
}
