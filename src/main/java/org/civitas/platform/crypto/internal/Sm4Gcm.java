package org.civitas.platform.crypto.internal;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4 (GB/T 32907) in GCM mode: confidentiality and integrity in one pass, so a value altered in the
 * database, or opened with another key, is refused instead of turning into garbage.
 */
final class Sm4Gcm {

    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private Sm4Gcm() {}

    static byte[] encrypt(byte[] key, byte[] iv, byte[] associated, byte[] plain) {
        GCMModeCipher cipher = cipher(true, key, iv, associated);
        byte[] out = new byte[cipher.getOutputSize(plain.length)];
        int n = cipher.processBytes(plain, 0, plain.length, out, 0);
        try {
            cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("GCM encryption cannot fail", e);
        }
        return out;
    }

    /** The plain bytes, or {@code null} when the tag does not match (wrong key or altered value). */
    static byte[] decrypt(byte[] key, byte[] iv, byte[] associated, byte[] sealed) {
        GCMModeCipher cipher = cipher(false, key, iv, associated);
        byte[] out = new byte[cipher.getOutputSize(sealed.length)];
        int n = cipher.processBytes(sealed, 0, sealed.length, out, 0);
        try {
            cipher.doFinal(out, n);
            return out;
        } catch (InvalidCipherTextException e) {
            return null;
        }
    }

    private static GCMModeCipher cipher(boolean encrypt, byte[] key, byte[] iv, byte[] associated) {
        GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv, associated));
        return cipher;
    }
}
