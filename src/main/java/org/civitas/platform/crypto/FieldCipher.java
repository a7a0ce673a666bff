package org.civitas.platform.crypto;

/**
 * Encryption at rest of the values of sensitive fields. A protected value names the key that made
 * it, so old values stay readable after the current key changes and can be re-encrypted at leisure.
 */
public interface FieldCipher {

    /** The value to store: encrypted under the current key when the profile encrypts, else as given; null stays null. */
    String protect(String value);

    /**
     * The value as given from what is stored: decrypted when it is protected, else as stored.
     *
     * @throws FieldCipherException when the key it names is missing or does not open it (a wrong key)
     */
    String reveal(String stored);

    /** Whether {@code stored} is an encrypted value (of any key). */
    boolean isProtected(String stored);

    /** Whether {@code stored} should be (re-)encrypted now: plain text, or encrypted under a key that is no longer current. */
    boolean needsProtection(String stored);

    /** The id of the key that encrypts new values, or {@code null} when values are stored as given. */
    String currentKey();
}
