package org.civitas.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238, appendix B: every test vector, for the three HMACs the RFC names (the last six of its eight digits). */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void matchesTheRfcTestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(SHA1_KEY, step)).isEqualTo(lastSix(sha1));
        assertThat(Totp.code(SHA256_KEY, step, "HmacSHA256")).isEqualTo(lastSix(sha256));
        assertThat(Totp.code(SHA512_KEY, step, "HmacSHA512")).isEqualTo(lastSix(sha512));
    }

    @ParameterizedTest
    @CsvSource({"123456, true", "012345, true", "12345, false", "1234567, false", "abcdef, false", "'', false"})
    void onlySixDigitsLookLikeACode(String input, boolean code) {
        assertThat(Totp.looksLikeCode(input)).isEqualTo(code);
    }

    private static int lastSix(String eightDigits) {
        return Integer.parseInt(eightDigits) % 1_000_000;
    }
}
