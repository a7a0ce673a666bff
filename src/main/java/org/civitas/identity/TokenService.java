package org.civitas.identity;

import java.util.List;
import java.util.Set;

/**
 * API tokens for machine clients ({@code Authorization: Bearer <secret>}, on {@code /api/**} only).
 * A token is issued by its owner, or by the security administrator for a service account; its
 * scope is a subset of the owner's permissions, read-only unless more is chosen.
 */
public interface TokenService {

    /** The caller's own tokens. */
    List<TokenView> mine();

    /**
     * Issues a token acting as the caller, valid for {@code days}, using only {@code scope} (the
     * caller's permissions ending in {@code :read} when empty). Refused to administrators.
     */
    IssuedToken issueForSelf(String name, int days, Set<String> scope);

    /** A read-only token for the caller. */
    default IssuedToken issueForSelf(String name, int days) {
        return issueForSelf(name, days, Set.of());
    }

    /** The permissions the caller may put into a token for {@code userId} (their own account or a service account). */
    Set<String> grantableScope(long userId);

    /** Tokens of a user: the owner's own, or any for the security administrator. */
    List<TokenView> ofUser(long userId);

    /** Issues a token for a service account (security administrator), or for the caller themselves. */
    IssuedToken issue(long userId, String name, int days, Set<String> scope);

    /** Revokes one of the caller's tokens, or any token for a security administrator. */
    void revoke(long tokenId);
}
