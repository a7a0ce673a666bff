package org.civitas.journal.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Editions extends JpaRepository<Edition, Long>, JpaSpecificationExecutor<Edition> {

    @Query("select max(e.number) from Edition e where e.journalId = ?1 and e.year = ?2")
    Integer maxNumber(long journalId, int year);

    @Query("select max(e.totalNumber) from Edition e where e.journalId = ?1")
    Integer maxTotal(long journalId);

    boolean existsByJournalId(long journalId);

    /** Every id, for a full search reindex without loading the rows. */
    @Query("select e.id from Edition e order by e.id")
    java.util.List<Long> allIds();
}
