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

    /** Sets a new password (generated when null) that must be changed at next login; unlocks the account. */
    String resetPassword(String username, String password);

    /** Issues a token for the user, valid for {@code days}. */
    IssuedToken createToken(String username, String name, int days);
}
