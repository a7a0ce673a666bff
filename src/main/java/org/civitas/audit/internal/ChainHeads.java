package org.civitas.audit.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The single chain head row. */
interface ChainHeads extends Repository<ChainHead, Integer> {

    /** The head, locked until the current transaction ends ({@code SELECT ... FOR UPDATE}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from ChainHead h where h.id = " + ChainHead.ID)
    ChainHead lock();

    /** The head as last committed, without locking. */
    @Query("select h from ChainHead h where h.id = " + ChainHead.ID)
    ChainHead read();
}
