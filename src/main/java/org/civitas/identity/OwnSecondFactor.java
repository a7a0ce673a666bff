package org.civitas.identity;

import java.util.List;

/**
 * A signed-in person replaces their own authenticator (a new phone) from their account page: they prove
 * it is them with their current password and a current code of the old authenticator (or an unused
 * recovery code), then confirm the new one with a code from it and receive new recovery codes. Only on
 * one's own account (the table of duties: {@code account:replace-second-factor}); audited.
 */
public interface OwnSecondFactor {

    /** Whether the signed-in person has an authenticator they could replace. */
    boolean replaceable();

    /**
     * Checks the current password and code. A wrong password or code counts toward the lockout like a
     * failed sign-in and is refused on its field ({@code currentPassword}, {@code code}); when the count
     * locks the account, a {@link org.springframework.security.authentication.LockedException}.
     *
     * @return the new authenticator to show, valid for a few minutes and for this person only
     */
    Offer confirm(String currentPassword, String code);

    /** The same offer again (a reload of the page), or a refusal on {@code code} when it has expired. */
    Offer reopen(String sealed);

    /**
     * Keeps the offered authenticator once {@code code} from it shows the app has it, forgets the old
     * one and its recovery codes, and gives new recovery codes (shown once). A wrong code is refused on
     * {@code code}.
     */
    List<String> replace(String sealed, String code);

    /**
     * An authenticator offered to the signed-in person.
     *
     * @param sealed the offer as the server sealed it, to keep in the session until confirmed
     * @param qrCode the {@code otpauth://} address as an SVG data URI
     * @param secret the key in groups of four, for typing by hand
     */
    record Offer(String sealed, String qrCode, String secret, String issuer, String username) {}
}
