package org.civitas.platform.crypto;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cryptography ({@code civitas.crypto.*}), documented in
 * docs/security.md.
 *
 * @param profile {@code standard} (default) or {@code gm}
 * @param auditDigest the audit chain's hash for new records, or {@code null} for the profile's (SM3 in both)
 * @param checksumDigest the checksum of new files, or {@code null} for the profile's (SHA-256, or SM3 under gm)
 * @param keystore where the field keys are; required under gm
 */
@ConfigurationProperties("civitas.crypto")
public record CryptoSettings(
        @DefaultValue("STANDARD") CryptoProfile profile,
        DigestAlgorithm auditDigest,
        DigestAlgorithm checksumDigest,
        @DefaultValue Keystore keystore) {

    public CryptoSettings {
        if (profile == CryptoProfile.GM
                && (auditDigest == DigestAlgorithm.SHA_256 || checksumDigest == DigestAlgorithm.SHA_256)) {
            throw new IllegalArgumentException(
                    "civitas.crypto.profile=gm uses SM3; civitas.crypto.audit-digest and checksum-digest cannot be"
                            + " SHA-256 with it");
        }
    }

    /** The hash that links new audit records. */
    public DigestAlgorithm auditChain() {
        return auditDigest != null ? auditDigest : DigestAlgorithm.SM3;
    }

    /** The checksum recorded for new files. */
    public DigestAlgorithm fileChecksums() {
        if (checksumDigest != null) {
            return checksumDigest;
        }
        return profile == CryptoProfile.GM ? DigestAlgorithm.SM3 : DigestAlgorithm.SHA_256;
    }

    /** Whether sensitive fields are written encrypted. */
    public boolean encryptsFields() {
        return profile == CryptoProfile.GM;
    }

    /**
     * The keystore file holding the SM4 field keys, outside the database.
     *
     * @param path the file; {@code null} when no field was ever encrypted
     * @param password the store's (and its keys') password, best given as {@code CIVITAS_CRYPTO_KEYSTORE_PASSWORD}
     * @param type {@code PKCS12} (made by keytool) or {@code BCFKS} (BouncyCastle's FIPS key store)
     * @param currentKey alias of the key that encrypts new values; may be left out when the store holds one key
     */
    public record Keystore(
            Path path,
            String password,
            @DefaultValue("PKCS12") String type,
            String currentKey) {

        @Override
        public String toString() {
            // never the password, should settings end up in a log line
            return "Keystore[path=" + path + ", type=" + type + ", currentKey=" + currentKey + "]";
        }
    }
}
