package org.civitas.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.civitas.audit.AuditEntry;
import org.civitas.audit.AuditOutcome;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.hibernate.annotations.Immutable;

/**
 * One stored audit record. Insert-only: Hibernate never updates an {@link Immutable} entity, there
 * are no setters, and the repository has no save or delete; on PostgreSQL a trigger also refuses
 * UPDATE and DELETE.
 */
@Entity
@Immutable
@Table(name = "audit_record")
class AuditRecord {

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 64)
    private String address;

    @Column(nullable = false, length = 100)
    private String action;

    @Column(name = "object_type", length = 100)
    private String objectType;

    @Column(name = "object_id", length = 200)
    private String objectId;

    @Column(length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditOutcome outcome;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    /** The code of the {@link DigestAlgorithm} that made {@link #hash}, so a chain verifies across a change of algorithm. */
    @Column(name = "hash_algorithm", nullable = false, length = 16)
    private String hashAlgorithm;

    protected AuditRecord() {}

    /** The record with id {@code id} for {@code facts}, linked to {@code prevHash} by a hash made with {@code algorithm}. */
    static AuditRecord link(long id, AuditFacts facts, String prevHash, DigestAlgorithm algorithm) {
        var record = new AuditRecord();
        record.id = id;
        record.occurredAt = facts.occurredAt();
        record.actor = facts.actor();
        record.address = facts.address();
        record.action = facts.action();
        record.objectType = facts.objectType();
        record.objectId = facts.objectId();
        record.summary = facts.summary();
        record.outcome = facts.outcome();
        record.prevHash = prevHash;
        record.hashAlgorithm = algorithm.code();
        record.hash = ChainHash.of(algorithm, id, facts, prevHash);
        return record;
    }

    /** The content as stored, to recompute the hash from. */
    AuditFacts facts() {
        return new AuditFacts(occurredAt, actor, address, action, objectType, objectId, summary, outcome);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, address, action, objectType, objectId, summary, outcome);
    }

    long id() {
        return id;
    }

    String prevHash() {
        return prevHash;
    }

    String hash() {
        return hash;
    }

    /**
     * @throws IllegalArgumentException when the stored code names no known algorithm
     */
    DigestAlgorithm hashAlgorithm() {
        return DigestAlgorithm.of(hashAlgorithm);
    }
}
