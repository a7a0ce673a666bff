package org.civitas.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.crypto.CryptoSettings;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way records enter the trail: lock the chain head, link the new record to it, insert it
 * and move the head, all in the caller's transaction. The lock serialises appends (on H2 and on
 * PostgreSQL alike) until that transaction ends, so concurrent writers cannot fork the chain.
 */
@Component
class AuditAppender {

    private final ChainHeads heads;
    private final DigestAlgorithm algorithm;

    @PersistenceContext
    private EntityManager entityManager;

    AuditAppender(ChainHeads heads, CryptoSettings crypto) {
        this.heads = heads;
        this.algorithm = crypto.auditChain();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long append(AuditFacts facts) {
        return append(facts, algorithm);
    }

    /** Appends with a given algorithm: the chain changes algorithm where the configuration changed it. */
    @Transactional(propagation = Propagation.MANDATORY)
    long append(AuditFacts facts, DigestAlgorithm algorithm) {
        AuditRecord record = heads.lock().append(facts, algorithm);
        entityManager.persist(record);
        return record.id();
    }
}
