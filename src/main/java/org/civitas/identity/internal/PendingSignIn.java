package org.civitas.identity.internal;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Kept in the session between a right password and the second step. The session holds no
 * authentication meanwhile: to every other page its holder is anonymous.
 */
record PendingSignIn(long userId, String username, Instant since) implements Serializable {

    static final String SESSION_KEY = PendingSignIn.class.getName();

    /** The encrypted secret offered on the enrolment page, until the user confirms it with a code. */
    static final String OFFERED_SECRET = PendingSignIn.class.getName() + ".offeredSecret";

    boolean expired(Duration validity, Instant now) {
        return since.plus(validity).isBefore(now);
    }
}
