package org.civitas.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.Digest;
import org.civitas.platform.crypto.DigestAlgorithm;

/**
 * The hash of a record's id, content and the previous record's hash, with the algorithm the record
 * names (SM3, GB/T 32905, unless configured otherwise). Each field is written with its length first,
 * so that no two different records share an encoding. The algorithm is not part of the input: records
 * made before it was recorded hashed the same bytes with SM3.
 */
final class ChainHash {

    /** The "previous hash" of the first record. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    static String of(DigestAlgorithm algorithm, long id, AuditFacts facts, String prevHash) {
        Digest digest = algorithm.newDigest();
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
        return DigestAlgorithm.finish(digest);
    }

    private static void field(Digest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array(), 0, Integer.BYTES);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array(), 0, Integer.BYTES);
        digest.update(bytes, 0, bytes.length);
    }
}
