package org.civitas.audit.internal;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/** The single chain head row. */
interface ChainHeads extends Repository<ChainHead, Integer> {

    /**
     * The head, locked until the current transaction ends ({@code SELECT ... FOR UPDATE}). Without flushing the
     * caller's changes first: the query reads the head only, which no caller changes but through this lock, and an
     * automatic flush dirty-checked every entity of the caller's transaction at each append (a write of many
     * records, as the demo data's, spent most of its time there).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select h from ChainHead h where h.id = " + ChainHead.ID)
    ChainHead lock();

    /** The head as last committed, without locking. */
    @Query("select h from ChainHead h where h.id = " + ChainHead.ID)
    ChainHead read();
}
