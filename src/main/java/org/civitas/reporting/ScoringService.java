package org.civitas.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The scoring rule table and the month-end settlement. Reading the table needs any desk permission; changing
 * it and settling need {@link ReportingPermissions#ADMIN} and publish {@link ScoreRulesChanged} /
 * {@link QuotaShortfallsSettled}. Scores themselves are read through {@link UnitScoring}.
 */
public interface ScoringService {

    /** Every rule, in the order of the table's rows. */
    List<ScoreRuleView> rules();

    /**
     * Sets the points of the codes given (others keep theirs). Refuses unknown codes and points outside
     * ±1000 or with more than two decimals, changing nothing.
     */
    List<ScoreRuleView> change(Map<String, String> points);

    /**
     * Records each unit's quota shortfall of {@code month} (its type's monthly quota minus the submissions it
     * sent that month, if positive), replacing what an earlier settlement of that month recorded. Runs by
     * itself shortly after each month's end; refuses a month that has not ended.
     */
    int settleQuotas(YearMonth month);
}
