package org.civitas.reporting;

/** Permission codes checked by the reporting module; each is scoped by the grant's organisations. */
public final class ReportingPermissions {

    /** A reporting unit's user: writes submissions for the units in scope and follows their state. */
    public static final String SUBMIT = "reporting:submit";

    /** A unit head: reads the unit's submissions; signs them off as a candidate of the sign-off chain. */
    public static final String SIGNOFF = "reporting:signoff";

    /** An office editor: the inbox of submitted items in scope, editing, adoption, return. */
    public static final String EDIT = "reporting:edit";

    /** The office's configuration: which organisations are reporting units, quotas, sign-off chains. */
    public static final String ADMIN = "reporting:admin";

    /**
     * A leader (领导): reads the adopted items credited to units in scope and the instructions on them, and records
     * their own instructions (批示) on those items and on the editions they may read. Follow-up stays the office's.
     */
    public static final String INSTRUCT = "reporting:instruct";

    private ReportingPermissions() {}
}
