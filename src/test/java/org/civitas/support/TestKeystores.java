package org.civitas.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/** Field keystores as an operator makes them with keytool: 128-bit AES secret key entries in a PKCS12 file. */
public final class TestKeystores {

    public static final String PASSWORD = "keystore-secret-1";

    private TestKeystores() {}

    /** 16 random bytes, a fresh SM4 key. */
    public static byte[] randomKey() {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** Writes a keystore of {@code type} (PKCS12 or BCFKS) holding {@code keys} by alias. */
    public static Path write(Path file, String type, String password, Map<String, byte[]> keys) {
        try {
            KeyStore store = "BCFKS".equals(type)
                    ? KeyStore.getInstance("BCFKS", new org.bouncycastle.jce.provider.BouncyCastleProvider())
                    : KeyStore.getInstance(type);
            store.load(null, password.toCharArray());
            for (var key : keys.entrySet()) {
                store.setEntry(
                        key.getKey(),
                        new KeyStore.SecretKeyEntry(new SecretKeySpec(key.getValue(), "AES")),
                        new KeyStore.PasswordProtection(password.toCharArray()));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
