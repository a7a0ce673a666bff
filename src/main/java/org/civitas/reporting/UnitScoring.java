package org.civitas.reporting;

import java.time.YearMonth;
import java.util.List;

/**
 * Read API of the desk's scores (积分) for other modules (statistics, bulletins) and the console.
 *
 * <p>Scores are computed on every call from the score ledger's facts × the current rule table (see
 * {@link ScoreRules}), for the months {@code from} to {@code to} inclusive (a fact belongs to the month of the
 * edition's release, the instruction's date, the commission's due date, or the quota's month). Every current
 * reporting unit is listed, with zeros when it has no facts; the caller sees only units in the scope of its
 * desk permissions ({@link ReportingPermissions#EDIT}, {@code ADMIN}, {@code SUBMIT}, {@code SIGNOFF}), and
 * nothing without one.
 */
public interface UnitScoring {

    /** Scores of the visible units, by organisation id. */
    List<UnitScore> scores(YearMonth from, YearMonth to);

    /**
     * The visible units ranked by points, highest first ({@code type} null: all units; else only that type);
     * ties share a rank and are ordered by name.
     */
    List<RankedUnit> ranking(YearMonth from, YearMonth to, UnitType type);
}
