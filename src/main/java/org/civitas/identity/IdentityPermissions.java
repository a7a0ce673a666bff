package org.civitas.identity;

/** Permission codes checked by the identity module. */
public final class IdentityPermissions {

    public static final String ORGANISATION_READ = "organisation:read";
    public static final String ORGANISATION_WRITE = "organisation:write";
    public static final String USER_READ = "user:read";
    public static final String USER_WRITE = "user:write";
    public static final String SETTINGS_WRITE = "settings:write";
    public static final String OPERATIONS_METRICS = "operations:metrics";
    public static final String ROLE_READ = "role:read";
    public static final String ROLE_WRITE = "role:write";
    public static final String GRANT_WRITE = "grant:write";
    public static final String CLEARANCE_WRITE = "clearance:write";
    public static final String POLICY_WRITE = "policy:write";
    public static final String TOKEN_MANAGE = "token:manage";
    public static final String SECOND_FACTOR_RESET = "second-factor:reset";
    /** The security administrator's process for other administrators' accounts (reset, disable, unlock). */
    public static final String ACCOUNT_RECOVER = "account:recover";

    private IdentityPermissions() {}
}
