package org.civitas.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them with the parameters every authenticator app
 * uses by default: HMAC-SHA1, 30-second steps from the Unix epoch, six digits. Written over
 * {@code javax.crypto} because the algorithm is a few lines and the Java TOTP libraries are no longer kept up.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    private static final int MODULUS = 1_000_000;

    private Totp() {}

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one time step (RFC 4226's HOTP with the step as counter). */
    static int code(byte[] key, long step) {
        return code(key, step, "HmacSHA1");
    }

    /** With another HMAC, for RFC 6238's test vectors; authenticator apps use SHA-1. */
    static int code(byte[] key, long step, String hmac) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(key, hmac));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return binary % MODULUS;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable: " + hmac, e);
        }
    }

    /** Digits as typed by a person: spaces are tolerated; anything but six digits is not a code. */
    static boolean looksLikeCode(String input) {
        return input.matches("\\d{" + DIGITS + "}");
    }
}
