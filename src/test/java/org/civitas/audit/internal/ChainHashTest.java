package org.civitas.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.platform.crypto.DigestAlgorithm.SHA_256;
import static org.civitas.platform.crypto.DigestAlgorithm.SM3;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.civitas.audit.AuditOutcome;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private final AuditFacts facts = new AuditFacts(
            Instant.parse("2026-05-01T08:00:00.123456Z"),
            "alice",
            "10.0.0.1",
            "user:create",
            "User",
            "7",
            "username=bob",
            AuditOutcome.SUCCESS);

    @Test
    void bouncyCastleComputesTheStandardSm3() {
        // GB/T 32905-2016, example 1
        var digest = new SM3Digest();
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        digest.update(abc, 0, abc.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        assertThat(HexFormat.of().formatHex(out))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void theHashIsStableAndCoversEveryField() {
        String hash = ChainHash.of(SM3, 1, facts, ChainHash.GENESIS);

        assertThat(hash).hasSize(64).isEqualTo(ChainHash.of(SM3, 1, facts, ChainHash.GENESIS));
        assertThat(ChainHash.of(SM3, 2, facts, ChainHash.GENESIS)).isNotEqualTo(hash);
        assertThat(ChainHash.of(SM3, 1, facts, "1".repeat(64))).isNotEqualTo(hash);
        assertThat(ChainHash.of(SM3, 1, with(facts, "alice2", "10.0.0.1", "username=bob"), ChainHash.GENESIS))
                .isNotEqualTo(hash);
        assertThat(ChainHash.of(SM3, 1, with(facts, "alice", null, "username=bob"), ChainHash.GENESIS))
                .isNotEqualTo(hash);
        assertThat(ChainHash.of(SM3, 1, with(facts, "alice", "10.0.0.1", "username=bob "), ChainHash.GENESIS))
                .isNotEqualTo(hash);
    }

    @Test
    void eachAlgorithmGivesItsOwnHashOfTheSameLength() {
        String sm3 = ChainHash.of(SM3, 1, facts, ChainHash.GENESIS);
        String sha256 = ChainHash.of(SHA_256, 1, facts, ChainHash.GENESIS);

        assertThat(sha256).hasSize(64).isNotEqualTo(sm3).isEqualTo(ChainHash.of(SHA_256, 1, facts, ChainHash.GENESIS));
        assertThat(SHA_256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SM3.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(DigestAlgorithm.of("SHA-256")).isEqualTo(SHA_256);
        assertThat(DigestAlgorithm.of("sm3")).isEqualTo(SM3);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        var a = with(facts, "ab", "c", "s");
        var b = with(facts, "a", "bc", "s");

        assertThat(ChainHash.of(SM3, 1, a, ChainHash.GENESIS)).isNotEqualTo(ChainHash.of(SM3, 1, b, ChainHash.GENESIS));
    }

    @Test
    void normalisingClipsToTheStoredShape() {
        var raw = new AuditFacts(
                Instant.parse("2026-05-01T08:00:00.123456789Z"),
                " ",
                null,
                null,
                null,
                null,
                "x".repeat(2100),
                AuditOutcome.DENIED);

        var stored = raw.normalised();

        assertThat(stored.occurredAt()).isEqualTo(Instant.parse("2026-05-01T08:00:00.123456Z"));
        assertThat(stored.actor()).isEqualTo("system");
        assertThat(stored.action()).isEqualTo("unknown:unknown");
        assertThat(stored.summary()).hasSize(2000);
        assertThat(AuditFacts.clip("ab\uD83D\uDE00", 3)).isEqualTo("ab");
    }

    private static AuditFacts with(AuditFacts f, String actor, String address, String summary) {
        return new AuditFacts(
                f.occurredAt(), actor, address, f.action(), f.objectType(), f.objectId(), summary, f.outcome());
    }
}
