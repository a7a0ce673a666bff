package org.civitas.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 (GB/T 32905) over a record's id, content and the previous record's hash. Each field is
 * written with its length first, so that no two different records share an encoding.
 */
final class ChainHash {

    /** The "previous hash" of the first record. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    static String of(long id, AuditFacts facts, String prevHash) {
        var digest = new SM3Digest();
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(id).array(), 0, Long.BYTES);
        field(digest, facts.occurredAt().toString());
        field(digest, facts.actor());
        field(digest, facts.address());
        field(digest, facts.action());
        field(digest, facts.objectType());
        field(digest, facts.objectId());
        field(digest, facts.summary());
        field(digest, facts.outcome().name());
        field(digest, prevHash);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private static void field(SM3Digest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array(), 0, Integer.BYTES);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array(), 0, Integer.BYTES);
        digest.update(bytes, 0, bytes.length);
    }
}
