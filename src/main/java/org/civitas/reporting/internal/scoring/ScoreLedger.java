package org.civitas.reporting.internal.scoring;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import org.springframework.stereotype.Component;

/** Writes facts to the score ledger, at most once per unit, code and source. */
@Component
class ScoreLedger {

    private final ScoreFacts facts;
    private final Clock clock;

    ScoreLedger(ScoreFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    void record(Collection<Long> organisationIds, YearMonth month, String ruleCode, int quantity, String source) {
        record(organisationIds, month, ruleCode, quantity, source, ScoreFact.Labels.NONE);
    }

    /** Facts about an item: they count only for viewers who may read its labels. */
    void record(
            Collection<Long> organisationIds,
            YearMonth month,
            String ruleCode,
            int quantity,
            String source,
            ScoreFact.Labels labels) {
        for (Long org : organisationIds) {
            if (!facts.existsByOrganisationIdAndRuleCodeAndSource(org, ruleCode, source)) {
                facts.save(new ScoreFact(org, month, ruleCode, quantity, source, labels, clock.instant()));
            }
        }
        facts.flush();
    }

    /** Replaces every fact of {@code source} (a settlement done again). */
    void forget(String source) {
        facts.deleteBySource(source);
    }
}
