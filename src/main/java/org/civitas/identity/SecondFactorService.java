package org.civitas.identity;

/** The TOTP second factor as the security administrator manages it: who must use it, who has it, resets. */
public interface SecondFactorService {

    /** How an account may sign in and what it has set up (for the user page). */
    SignInMethods methodsOf(long userId);

    /** Forgets the user's authenticator and recovery codes: at next sign-in they enrol again. Audited. */
    void reset(long userId);

    /** Whether holders of the role must use a second factor, and whether the installation's setting decides it. */
    RoleRequirement requirementOf(long roleId);

    /** The security administrator's mark on a role. Audited. */
    void requireForRole(long roleId, boolean required);

    /**
     * What an account may use to sign in.
     *
     * @param secondFactorEnabled whether the installation asks for second factors at all
     * @param secondFactorRequired whether one of the account's roles requires one
     * @param secondFactorEnrolled whether the account has a confirmed authenticator
     * @param enrolledAt when it was confirmed, or null
     * @param recoveryCodesLeft unused recovery codes
     */
    record SignInMethods(
            boolean password,
            boolean secondFactorEnabled,
            boolean secondFactorRequired,
            boolean secondFactorEnrolled,
            java.time.Instant enrolledAt,
            long recoveryCodesLeft) {}

    /**
     * @param marked the security administrator's mark on the role
     * @param bySetting required anyway, as an administrator role, by {@code civitas.identity.second-factor.required-for-administrators}
     */
    record RoleRequirement(boolean marked, boolean bySetting) {
        public boolean required() {
            return marked || bySetting;
        }
    }
}
