package org.civitas.identity.trusted;

import org.civitas.identity.IssuedToken;
import org.civitas.identity.UserView;

/**
 * Trusted port: no permission checks; identity operations for the command line, run by an operator with
 * access to the server and its database (no signed-in user). Audited with the actor {@code cli}. Not for
 * web use.
 */
public interface OperatorCommands {

    /**
     * Creates a system administrator in the root organisation (creating the root when the tree is
     * empty). {@code password} may be null: a strong one is generated. Returns the password.
     */
    String createAdmin(String username, String displayName, String password);

    /**
     * Sets a new password (generated when null) that must be changed at next login; unlocks the
     * account and ends its tokens. Audited with the actor {@code cli}. This is how a security
     * administrator of the top level is recovered: no one may reset such an account in the console.
     */
    String resetPassword(String username, String password);

    /**
     * Issues a token for a service account, valid for {@code days}, using only {@code scope}
     * (read-only when empty). Refused for any other account: tokens of people are issued by
     * their owners.
     */
    IssuedToken createToken(String username, String name, int days, java.util.Set<String> scope);

    /** A read-only token for a service account. */
    default IssuedToken createToken(String username, String name, int days) {
        return createToken(username, name, days, java.util.Set.of());
    }

    /**
     * Break-glass: removes the account's authenticator and recovery codes (a lost phone and lost codes, when no
     * one in the console may reset it: the top-level security administrator). The account enrols again at its
     * next sign-in. Audited with the actor {@code cli}; refused when the account has none.
     */
    void resetSecondFactor(String username);

    /**
     * Creates a service account (a machine client's: no console sign-in, no password anyone knows) in the
     * organisation with {@code organisationCode}. Its roles are granted by the security administrator; its
     * tokens come from {@link #createToken}. Audited with the actor {@code cli}.
     */
    UserView createServiceAccount(String username, String displayName, String organisationCode);
}
