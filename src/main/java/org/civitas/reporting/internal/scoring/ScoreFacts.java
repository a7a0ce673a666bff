package org.civitas.reporting.internal.scoring;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScoreFacts extends JpaRepository<ScoreFact, Long> {

    /**
     * One row per unit and code: the summed quantity of the months {@code from}..{@code to} (yyyymm), of the facts
     * about no item or about items whose labels are all among {@code labels} (never empty).
     */
    @Query("""
            select new org.civitas.reporting.internal.scoring.ScoreTotal(f.organisationId, f.ruleCode, sum(f.quantity))
            from ScoreFact f where f.period between ?1 and ?2
            and (f.label is null or f.label in ?3) and (f.editionLabel is null or f.editionLabel in ?3)
            group by f.organisationId, f.ruleCode
            """)
    List<ScoreTotal> totals(int from, int to, Collection<String> labels);

    boolean existsByOrganisationIdAndRuleCodeAndSource(long organisationId, String ruleCode, String source);

    @Modifying
    @Query("delete from ScoreFact f where f.source = ?1")
    int deleteBySource(String source);
}
