package org.civitas.audit;

/** How a recorded action ended. */
public enum AuditOutcome {
    /** The action was carried out (writes, logins, logouts). */
    SUCCESS,
    /** The action was attempted and failed (failed logins). */
    FAILURE,
    /** The action was refused for lack of permission. */
    DENIED
}
