package org.civitas.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.util.encoders.Base32;
import org.civitas.support.TotpCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts of the second factor: the secret's encryption, recovery codes, replay, the QR code. */
class SecondFactorPiecesTest {

    @TempDir
    Path dataDir;

    @Test
    void secretsAreSealedWithAKeyFileMadeOnceAndOpenOnlyWithThatKey() throws Exception {
        SecretCipher cipher = SecretCipher.configured("", dataDir);
        byte[] secret = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);

        String sealed = cipher.encrypt(secret);

        assertThat(sealed).doesNotContain(Base64.getEncoder().encodeToString(secret));
        assertThat(cipher.encrypt(secret)).isNotEqualTo(sealed);
        assertThat(SecretCipher.configured(null, dataDir).decrypt(sealed)).isEqualTo(secret);
        assertThat(Files.exists(dataDir.resolve("keys/second-factor.key"))).isTrue();
        var other = new SecretCipher(new byte[32]);
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aConfiguredKeyMustBe32Bytes() {
        assertThatThrownBy(() -> SecretCipher.configured(Base64.getEncoder().encodeToString(new byte[16]), dataDir))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void recoveryCodesAreReadableAndTheirHashIgnoresCaseSpacesAndDashes() {
        String code = RecoveryCodeText.generate();

        assertThat(code).matches("[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}");
        assertThat(RecoveryCodeText.hash(code.toUpperCase().replace("-", " ")))
                .isEqualTo(RecoveryCodeText.hash(code))
                .hasSize(64);
        assertThat(RecoveryCodeText.generate()).isNotEqualTo(code);
    }

    @Test
    void aStepIsAcceptedOnceAndNeverAnOlderOne() {
        var factor = new SecondFactor(1, "sealed", 100, Instant.EPOCH);

        assertThat(factor.use(100)).isFalse();
        assertThat(factor.use(101)).isTrue();
        assertThat(factor.use(101)).isFalse();
        assertThat(factor.use(100)).isFalse();
    }

    @Test
    void theTestsAuthenticatorAgreesWithTheApplication() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        String base32 = Base32.toBase32String(secret);
        for (long step : new long[] {1, 37037036, 41152263, 66666666}) {
            assertThat(TotpCodes.code(base32, step)).isEqualTo(String.format("%06d", Totp.code(secret, step)));
        }
    }

    @Test
    void theQrCodeIsAnInlineSvg() {
        String uri = QrCodeRenderer.svgDataUri("otpauth://totp/Civitas:admin?secret=ABC&issuer=Civitas");

        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        String svg =
                new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("<path").doesNotContain("script");
    }
}
