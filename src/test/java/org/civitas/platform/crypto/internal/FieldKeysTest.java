package org.civitas.platform.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.civitas.platform.crypto.CryptoProfile;
import org.civitas.platform.crypto.CryptoSettings;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.platform.crypto.KeystoreException;
import org.civitas.support.TestKeystores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What start-up makes of the keystore settings: each way of getting them wrong stops it with a reason. */
class FieldKeysTest {

    @TempDir
    Path dir;

    private final byte[] k1 = TestKeystores.randomKey();
    private final byte[] k2 = TestKeystores.randomKey();

    private static CryptoSettings gm(Path path, String password, String type, String current) {
        return new CryptoSettings(
                CryptoProfile.GM, null, null, new CryptoSettings.Keystore(path, password, type, current));
    }

    @Test
    void aPkcs12KeystoreMadeLikeKeytoolDoesGivesItsKeys() {
        Path file = TestKeystores.write(dir.resolve("fields.p12"), "PKCS12", "pw-123456", Map.of("k1", k1, "K2", k2));

        FieldKeys keys = FieldKeys.load(gm(file, "pw-123456", "PKCS12", "k2"));

        assertThat(keys.keys()).containsOnlyKeys("k1", "k2");
        assertThat(keys.key("k1")).isEqualTo(k1);
        assertThat(keys.current()).isEqualTo("k2");
    }

    @Test
    void aBcfksKeystoreServesToo() {
        Path file = TestKeystores.write(dir.resolve("fields.bcfks"), "BCFKS", "pw-123456", Map.of("only", k1));

        FieldKeys keys = FieldKeys.load(gm(file, "pw-123456", "BCFKS", null));

        assertThat(keys.current()).isEqualTo("only");
        assertThat(keys.key("only")).isEqualTo(k1);
    }

    @Test
    void gmWithoutAKeystoreStopsStartUp() {
        assertThatThrownBy(() -> FieldKeys.load(gm(null, null, "PKCS12", null)))
                .isInstanceOf(KeystoreException.class)
                .hasMessageContaining("civitas.crypto.keystore.path");
    }

    @Test
    void theStandardProfileNeedsNoKeystore() {
        var standard = new CryptoSettings(CryptoProfile.STANDARD, null, null, null);

        assertThat(FieldKeys.load(standard).keys()).isEmpty();
        assertThat(standard.auditChain()).isEqualTo(DigestAlgorithm.SM3);
        assertThat(standard.fileChecksums()).isEqualTo(DigestAlgorithm.SHA_256);
        assertThat(standard.encryptsFields()).isFalse();
        var gm = gm(null, null, "PKCS12", null);
        assertThat(gm.auditChain()).isEqualTo(DigestAlgorithm.SM3);
        assertThat(gm.fileChecksums()).isEqualTo(DigestAlgorithm.SM3);
    }

    @Test
    void aMissingFileAWrongPasswordOrAnUnknownKeyStopStartUp() {
        Path file = TestKeystores.write(dir.resolve("fields.p12"), "PKCS12", "pw-123456", Map.of("k1", k1, "k2", k2));

        assertThatThrownBy(() -> FieldKeys.load(gm(dir.resolve("nowhere.p12"), "pw-123456", "PKCS12", "k1")))
                .isInstanceOf(KeystoreException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> FieldKeys.load(gm(file, "wrong-password", "PKCS12", "k1")))
                .isInstanceOf(KeystoreException.class)
                .hasMessageContaining("wrong password");
        assertThatThrownBy(() -> FieldKeys.load(gm(file, null, "PKCS12", "k1")))
                .isInstanceOf(KeystoreException.class)
                .hasMessageContaining("civitas.crypto.keystore.password");
        assertThatThrownBy(() -> FieldKeys.load(gm(file, "pw-123456", "PKCS12", "k9")))
                .isInstanceOf(KeystoreException.class)
                .hasMessageContaining("has no key \"k9\"");
        assertThatThrownBy(() -> FieldKeys.load(gm(file, "pw-123456", "PKCS12", null)))
                .isInstanceOf(KeystoreException.class)
                .hasMessageContaining("civitas.crypto.keystore.current-key");
    }

    @Test
    void theSettingsBindFromPropertiesAsAnOperatorWritesThem() {
        var source =
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(java.util.Map.of(
                        "civitas.crypto.profile", "gm",
                        "civitas.crypto.audit-digest", "SM3",
                        "civitas.crypto.keystore.path", "/etc/civitas/fields.p12",
                        "civitas.crypto.keystore.current-key", "k2026"));

        CryptoSettings settings = new org.springframework.boot.context.properties.bind.Binder(source)
                .bind("civitas.crypto", CryptoSettings.class)
                .get();

        assertThat(settings.profile()).isEqualTo(CryptoProfile.GM);
        assertThat(settings.keystore().type()).isEqualTo("PKCS12");
        assertThat(settings.keystore().currentKey()).isEqualTo("k2026");
        assertThat(settings.keystore().toString()).doesNotContain("password");
        var standard = new org.springframework.boot.context.properties.bind.Binder(
                        new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                                java.util.Map.of("civitas.crypto.audit-digest", "SHA-256")))
                .bind("civitas.crypto", CryptoSettings.class)
                .get();
        assertThat(standard.auditChain()).isEqualTo(DigestAlgorithm.SHA_256);
    }

    @Test
    void gmRefusesSha256() {
        assertThatThrownBy(() -> new CryptoSettings(CryptoProfile.GM, DigestAlgorithm.SHA_256, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
