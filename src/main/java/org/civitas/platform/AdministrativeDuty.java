package org.civitas.platform;

/**
 * The three separated administrative duties (三员分立). A permission belongs to at most one duty;
 * no role and no user may combine permissions of two duties.
 */
public enum AdministrativeDuty {
    /** System administrator: users, organisations, settings. */
    SYSTEM,
    /** Security administrator: roles, grants, clearances, password policy. */
    SECURITY,
    /** Security auditor: reads the audit trail, nothing else. */
    AUDIT
}
