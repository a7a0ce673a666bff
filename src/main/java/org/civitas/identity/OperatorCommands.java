package org.civitas.identity;

/**
 * Identity operations for the command line, run by an operator with access to the server and
 * its database (no signed-in user). Audited with the actor {@code cli}. Not for web use.
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
}
