package org.civitas.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;

/**
 * What an authenticator app does, for tests: the RFC 6238 code (HMAC-SHA1, 30 s, 6 digits) of a base32
 * secret as the enrolment page shows it. Written apart from the application's own implementation, so
 * that a test signing in with it also checks that one.
 */
public final class TotpCodes {

    private TotpCodes() {}

    public static long step(Instant at) {
        return at.getEpochSecond() / 30;
    }

    /** The code for {@code step}, zero-padded to six digits. */
    public static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(Base32.decode(base32Secret.replace(" ", "")), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[19] & 0xf;
            int value = (ByteBuffer.wrap(h, o, 4).getInt() & 0x7fffffff) % 1_000_000;
            return String.format("%06d", value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String now(String base32Secret) {
        return code(base32Secret, step(Instant.now()));
    }
}
