package org.civitas.platform.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.civitas.platform.crypto.FieldCipherException;
import org.civitas.support.TestKeystores;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final byte[] k1 = TestKeystores.randomKey();
    private final byte[] k2 = TestKeystores.randomKey();

    private KeystoreFieldCipher cipher(String current, Map<String, byte[]> keys) {
        return new KeystoreFieldCipher(new FieldKeys(keys, current), true);
    }

    @Test
    void aValueComesBackAndIsNotStoredInClear() {
        var cipher = cipher("k1", Map.of("k1", k1));

        String stored = cipher.protect("13800138000");

        assertThat(stored).startsWith("sm4gcm:k1:").doesNotContain("13800138000");
        assertThat(cipher.isProtected(stored)).isTrue();
        assertThat(cipher.reveal(stored)).isEqualTo("13800138000");
        assertThat(cipher.reveal(cipher.protect("张三@阿坝州.gov.cn"))).isEqualTo("张三@阿坝州.gov.cn");
        assertThat(cipher.protect(null)).isNull();
        assertThat(cipher.reveal(null)).isNull();
    }

    @Test
    void equalValuesLookDifferentEachTime() {
        var cipher = cipher("k1", Map.of("k1", k1));

        assertThat(cipher.protect("13800138000")).isNotEqualTo(cipher.protect("13800138000"));
    }

    @Test
    void plainValuesWrittenBeforeEncryptionAreReadAsTheyAre() {
        var cipher = cipher("k1", Map.of("k1", k1));

        assertThat(cipher.reveal("13800138000")).isEqualTo("13800138000");
        assertThat(cipher.needsProtection("13800138000")).isTrue();
        assertThat(cipher.needsProtection(cipher.protect("13800138000"))).isFalse();
    }

    @Test
    void aWrongKeyIsRefusedNotTurnedIntoGarbage() {
        String stored = cipher("k1", Map.of("k1", k1)).protect("13800138000");
        var other = cipher("k1", Map.of("k1", k2));

        assertThatThrownBy(() -> other.reveal(stored))
                .isInstanceOf(FieldCipherException.class)
                .hasMessageContaining("does not decrypt with the key \"k1\"");
        assertThatThrownBy(() -> cipher("k2", Map.of("k2", k2)).reveal(stored))
                .isInstanceOf(FieldCipherException.class)
                .hasMessageContaining("does not hold");
    }

    @Test
    void anAlteredValueOrKeyIdIsRefused() {
        var cipher = cipher("k1", Map.of("k1", k1, "k2", k1));
        String stored = cipher.protect("13800138000");
        String body = stored.substring("sm4gcm:k1:".length());
        char flipped = body.charAt(20) == 'A' ? 'B' : 'A';
        String altered = "sm4gcm:k1:" + body.substring(0, 20) + flipped + body.substring(21);

        assertThatThrownBy(() -> cipher.reveal(altered)).isInstanceOf(FieldCipherException.class);
        // the same key under another id: the id is authenticated with the value
        assertThatThrownBy(() -> cipher.reveal("sm4gcm:k2:" + body)).isInstanceOf(FieldCipherException.class);
    }

    @Test
    void afterRotationOldValuesStayReadableAndAreMarkedForReEncryption() {
        String old = cipher("k1", Map.of("k1", k1)).protect("13800138000");
        var rotated = cipher("k2", Map.of("k1", k1, "k2", k2));

        assertThat(rotated.reveal(old)).isEqualTo("13800138000");
        assertThat(rotated.needsProtection(old)).isTrue();
        String renewed = rotated.protect(rotated.reveal(old));
        assertThat(renewed).startsWith("sm4gcm:k2:");
        assertThat(rotated.needsProtection(renewed)).isFalse();
        assertThat(rotated.currentKey()).isEqualTo("k2");
    }

    @Test
    void withoutEncryptionValuesAreStoredAsGivenYetEncryptedOnesStillOpen() {
        String stored = cipher("k1", Map.of("k1", k1)).protect("13800138000");
        var standard = new KeystoreFieldCipher(new FieldKeys(Map.of("k1", k1), "k1"), false);

        assertThat(standard.protect("13800138000")).isEqualTo("13800138000");
        assertThat(standard.reveal(stored)).isEqualTo("13800138000");
        assertThat(standard.needsProtection("13800138000")).isFalse();
        assertThat(standard.currentKey()).isNull();
    }
}
