package org.civitas.platform.crypto;

/** A stored value could not be decrypted: its key is not in the keystore, or the key there is not the one that made it. */
public class FieldCipherException extends RuntimeException {

    public FieldCipherException(String message) {
        super(message);
    }
}
