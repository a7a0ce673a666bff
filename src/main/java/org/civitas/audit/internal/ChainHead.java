package org.civitas.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.civitas.platform.crypto.DigestAlgorithm;

/**
 * The newest link of the chain: the single row every append locks, so appends are serialised and
 * ids stay contiguous. It moves with the record in the same transaction, so a rolled-back write
 * leaves neither record nor moved head.
 */
@Entity
@Table(name = "audit_chain_head")
class ChainHead {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {}

    long lastId() {
        return lastId;
    }

    String lastHash() {
        return lastHash;
    }

    /** Appends {@code facts} after the current head, hashed with {@code algorithm}, and moves the head to the new record. */
    AuditRecord append(AuditFacts facts, DigestAlgorithm algorithm) {
        var record = AuditRecord.link(lastId + 1, facts.normalised(), lastHash, algorithm);
        lastId = record.id();
        lastHash = record.hash();
        return record;
    }
}
