package org.civitas.journal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Journals extends JpaRepository<Journal, Long> {

    List<Journal> findAllByOrderByNameAsc();

    boolean existsByCode(String code);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByName(String name);

    /**
     * Locks the journal's row until the transaction ends, so that editions of one journal are numbered
     * one after the other (plain SQL: the same statement on H2 and PostgreSQL).
     */
    @Query(value = "select id from journal where id = ?1 for update", nativeQuery = true)
    Long lockForNumbering(long journalId);
}
