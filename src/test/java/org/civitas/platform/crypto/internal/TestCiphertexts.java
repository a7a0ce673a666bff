package org.civitas.platform.crypto.internal;

import java.util.Map;
import org.civitas.platform.crypto.CryptoSettings;
import org.civitas.support.TestKeystores;

/** Sensitive values as another key encrypted them, for tests of key rotation and of a key that does not fit. */
public final class TestCiphertexts {

    private TestCiphertexts() {}

    /** {@code value} encrypted with the key {@code keyId} of the configured keystore, current or not. */
    public static String underKey(CryptoSettings settings, String keyId, String value) {
        return new KeystoreFieldCipher(new FieldKeys(FieldKeys.load(settings).keys(), keyId), true).protect(value);
    }

    /** {@code value} encrypted with a random key, not the keystore's, that calls itself {@code keyId}. */
    public static String underForeignKey(String keyId, String value) {
        return new KeystoreFieldCipher(new FieldKeys(Map.of(keyId, TestKeystores.randomKey()), keyId), true)
                .protect(value);
    }
}
