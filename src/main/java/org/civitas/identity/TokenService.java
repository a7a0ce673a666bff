package org.civitas.identity;

import java.util.List;

/** API tokens for machine clients: {@code Authorization: Bearer <secret>}. */
public interface TokenService {

    /** The caller's own tokens. */
    List<TokenView> mine();

    /** Issues a token acting as the caller, valid for {@code days}. */
    IssuedToken issueForSelf(String name, int days);

    /** Tokens of a user (security administrator). */
    List<TokenView> ofUser(long userId);

    /** Issues a token acting as another user (security administrator). */
    IssuedToken issue(long userId, String name, int days);

    /** Revokes one of the caller's tokens, or any token for a security administrator. */
    void revoke(long tokenId);
}
