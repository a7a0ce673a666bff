package org.civitas.identity;

import java.time.Instant;
import java.util.List;

/**
 * Which ways of signing in this installation has switched on, and which each account may use:
 * its password, and the directory entries, identity-platform subjects and certificates linked to it.
 */
public interface SignInMethods {

    /** Method codes: {@code password} always, then {@code ldap}, {@code oidc}, {@code x509} when switched on. */
    List<String> enabled();

    /** The account's ways in; the security administrator reads them on the user page. */
    List<AccountSignIn> of(long userId);

    /** Lets an external identity (a certificate's subject, an OIDC subject, a directory entry) sign in as the account. */
    void link(long userId, String method, String subject);

    void unlink(long userId, long linkId);

    /**
     * One way into an account.
     *
     * @param linkId {@code null} for the password
     * @param method {@code password}, {@code ldap}, {@code oidc} or {@code x509}
     * @param subject the directory DN, the platform's subject, the certificate's subject DN; {@code null} for the password
     * @param usable false for a password the account never received (created by an external sign-in) or a switched-off method
     */
    record AccountSignIn(Long linkId, String method, String subject, boolean usable, Instant lastUsedAt) {}
}
