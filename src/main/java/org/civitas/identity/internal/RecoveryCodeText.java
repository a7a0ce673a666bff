package org.civitas.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Recovery codes as people read and type them: ten characters in two groups ({@code k7m2p-x9qr4}), from
 * an alphabet without look-alikes (0/o, 1/l/i). About 49 bits each, so a plain SHA-256 keeps them
 * as safe as a slow hash would, and a lookup by hash stays one indexed query.
 */
final class RecoveryCodeText {

    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodeText() {}

    static String generate() {
        var code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Case, spaces and dashes do not matter when typed. */
    static String hash(String typed) {
        String normal = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
