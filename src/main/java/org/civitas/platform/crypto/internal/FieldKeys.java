package org.civitas.platform.crypto.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.civitas.platform.crypto.CryptoSettings;
import org.civitas.platform.crypto.KeystoreException;

/**
 * The SM4 keys of the keystore file, by alias (the key id stored in each value), and which one
 * encrypts new values. Any 128-bit secret key entry serves: keytool cannot make an "SM4" key, and
 * an AES-128 entry holds the same 16 random bytes.
 */
record FieldKeys(Map<String, byte[]> keys, String current) {

    static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
    private static final int KEY_BYTES = 16;

    static FieldKeys none() {
        return new FieldKeys(Map.of(), null);
    }

    byte[] key(String alias) {
        return keys.get(alias);
    }

    /** Loads the keys the settings name; throws {@link KeystoreException} with what to do when that fails. */
    static FieldKeys load(CryptoSettings settings) {
        CryptoSettings.Keystore store = settings.keystore();
        if (store == null || store.path() == null) {
            if (settings.encryptsFields()) {
                throw new KeystoreException("civitas.crypto.profile=gm encrypts sensitive fields with SM4 and needs a"
                        + " keystore: set civitas.crypto.keystore.path and civitas.crypto.keystore.password"
                        + " (CIVITAS_CRYPTO_KEYSTORE_PATH, CIVITAS_CRYPTO_KEYSTORE_PASSWORD)");
            }
            return none();
        }
        if (!Files.isRegularFile(store.path()) || !Files.isReadable(store.path())) {
            throw new KeystoreException("The field keystore " + store.path().toAbsolutePath()
                    + " (civitas.crypto.keystore.path) does not exist or cannot be read");
        }
        if (store.password() == null || store.password().isEmpty()) {
            throw new KeystoreException("The field keystore " + store.path().toAbsolutePath()
                    + " needs its password: set civitas.crypto.keystore.password (CIVITAS_CRYPTO_KEYSTORE_PASSWORD)");
        }
        char[] password = store.password().toCharArray();
        Map<String, byte[]> keys = new TreeMap<>();
        KeyStore keyStore = open(store, password);
        try {
            for (String alias : Collections.list(keyStore.aliases())) {
                if (!keyStore.isKeyEntry(alias)) {
                    continue;
                }
                Key key = keyStore.getKey(alias, password);
                if (key instanceof SecretKey secret
                        && secret.getEncoded() != null
                        && secret.getEncoded().length == KEY_BYTES) {
                    String id = alias.toLowerCase(Locale.ROOT);
                    if (!ALIAS.matcher(id).matches()) {
                        throw new KeystoreException("The key alias \"" + alias + "\" in "
                                + store.path().toAbsolutePath()
                                + " is not usable as a key id: use 1 to 40 letters, digits, '.', '_' or '-'");
                    }
                    keys.put(id, secret.getEncoded());
                }
            }
        } catch (GeneralSecurityException e) {
            throw new KeystoreException(
                    "Cannot read the keys of " + store.path().toAbsolutePath() + ": " + e);
        }
        if (keys.isEmpty()) {
            throw new KeystoreException("The field keystore " + store.path().toAbsolutePath()
                    + " holds no 128-bit secret key; make one with keytool -genseckey -keyalg AES -keysize 128");
        }
        return new FieldKeys(Map.copyOf(keys), current(store, keys, settings.encryptsFields()));
    }

    private static KeyStore open(CryptoSettings.Keystore store, char[] password) {
        try (InputStream in = Files.newInputStream(store.path())) {
            KeyStore keyStore = "BCFKS".equalsIgnoreCase(store.type())
                    ? KeyStore.getInstance("BCFKS", new BouncyCastleProvider())
                    : KeyStore.getInstance(store.type());
            keyStore.load(in, password);
            return keyStore;
        } catch (IOException e) {
            // the JDK reports a wrong password as an IOException whose cause is an UnrecoverableKeyException
            throw new KeystoreException(
                    "Cannot open the field keystore " + store.path().toAbsolutePath()
                            + " as " + store.type() + ": wrong password (civitas.crypto.keystore.password) or not a "
                            + store.type() + " file (civitas.crypto.keystore.type)");
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("Cannot open the field keystore "
                    + store.path().toAbsolutePath() + " as " + store.type() + ": " + e);
        }
    }

    private static String current(CryptoSettings.Keystore store, Map<String, byte[]> keys, boolean required) {
        if (store.currentKey() != null && !store.currentKey().isBlank()) {
            String id = store.currentKey().strip().toLowerCase(Locale.ROOT);
            if (!keys.containsKey(id)) {
                throw new KeystoreException("The field keystore " + store.path().toAbsolutePath() + " has no key \""
                        + id + "\" (civitas.crypto.keystore.current-key); it has " + keys.keySet());
            }
            return id;
        }
        if (keys.size() == 1) {
            return keys.keySet().iterator().next();
        }
        if (required) {
            throw new KeystoreException("The field keystore " + store.path().toAbsolutePath() + " holds the keys "
                    + keys.keySet() + ": name the one for new values in civitas.crypto.keystore.current-key");
        }
        return null;
    }
}
