package org.civitas.audit;

/** Permission codes checked by the audit module. */
public final class AuditPermissions {

    /** Read, filter and export the audit trail and verify its hash chain (the auditor's role). */
    public static final String READ = "audit:read";

    private AuditPermissions() {}
}
