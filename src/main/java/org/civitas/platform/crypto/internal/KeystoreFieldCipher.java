package org.civitas.platform.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.platform.crypto.FieldCipher;
import org.civitas.platform.crypto.FieldCipherException;

/**
 * Stores a value as {@code sm4gcm:<key id>:<base64 of IV, ciphertext and tag>}. The IV is random per
 * value, so equal values look different in the database. The prefix is authenticated with the value
 * (GCM's associated data), so the key id cannot be swapped either.
 */
final class KeystoreFieldCipher implements FieldCipher {

    static final String SCHEME = "sm4gcm";
    private static final Pattern STORED = Pattern.compile(SCHEME + ":([a-z0-9][a-z0-9._-]{0,39}):([A-Za-z0-9+/]+=*)");

    private final FieldKeys keys;
    private final boolean encrypting;
    private final SecureRandom random = new SecureRandom();

    KeystoreFieldCipher(FieldKeys keys, boolean encrypting) {
        if (encrypting && keys.current() == null) {
            throw new IllegalArgumentException("encrypting needs a current key");
        }
        this.keys = keys;
        this.encrypting = encrypting;
    }

    @Override
    public String protect(String value) {
        if (value == null || !encrypting) {
            return value;
        }
        String id = keys.current();
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = Sm4Gcm.encrypt(keys.key(id), iv, associated(id), value.getBytes(StandardCharsets.UTF_8));
        byte[] stored = Arrays.copyOf(iv, iv.length + sealed.length);
        System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
        return SCHEME + ":" + id + ":" + Base64.getEncoder().encodeToString(stored);
    }

    @Override
    public String reveal(String stored) {
        if (stored == null) {
            return null;
        }
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) {
            return stored;
        }
        String id = m.group(1);
        byte[] key = keys.key(id);
        if (key == null) {
            throw new FieldCipherException("A sensitive value is encrypted with the key \"" + id
                    + "\", which the field keystore does not hold (civitas.crypto.keystore.path)");
        }
        byte[] bytes = Base64.getDecoder().decode(m.group(2));
        if (bytes.length < Sm4Gcm.IV_BYTES + 16) {
            throw new FieldCipherException("A sensitive value encrypted with the key \"" + id + "\" is truncated");
        }
        byte[] iv = Arrays.copyOf(bytes, Sm4Gcm.IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, Sm4Gcm.IV_BYTES, bytes.length);
        byte[] plain = Sm4Gcm.decrypt(key, iv, associated(id), sealed);
        if (plain == null) {
            throw new FieldCipherException("A sensitive value does not decrypt with the key \"" + id
                    + "\" of the field keystore: the key is not the one that encrypted it, or the value was altered");
        }
        return new String(plain, StandardCharsets.UTF_8);
    }

    @Override
    public boolean isProtected(String stored) {
        return stored != null && STORED.matcher(stored).matches();
    }

    @Override
    public boolean needsProtection(String stored) {
        if (stored == null || !encrypting) {
            return false;
        }
        Matcher m = STORED.matcher(stored);
        return !m.matches() || !m.group(1).equals(keys.current());
    }

    @Override
    public String currentKey() {
        return encrypting ? keys.current() : null;
    }

    private static byte[] associated(String id) {
        return (SCHEME + ":" + id).getBytes(StandardCharsets.UTF_8);
    }
}
