package org.civitas.reporting;

import org.civitas.journal.JournalLevel;

/**
 * The codes of the scoring rule table (积分规则). Every fact in the score ledger carries one of these codes and a
 * quantity; a unit's score is the sum of quantity × the code's points as the table has them <em>now</em>, so a
 * change of the table re-scores the past.
 */
public final class ScoreRules {

    /** An answer to a commission by its due date. */
    public static final String COMMISSION_ON_TIME = "COMMISSION_ON_TIME";

    /** An answer after the due date (before closing). */
    public static final String COMMISSION_LATE = "COMMISSION_LATE";

    /** No answer when the commission was closed (a penalty: negative points). */
    public static final String COMMISSION_MISSED = "COMMISSION_MISSED";

    /** Each item a unit sent fewer than its type's monthly quota (a penalty: negative points). */
    public static final String QUOTA_SHORTFALL = "QUOTA_SHORTFALL";

    private ScoreRules() {}

    /** An adopted item used in a released edition of a journal of {@code level}, e.g. {@code PUBLICATION.MUNICIPAL.FULL_TEXT}. */
    public static String publication(JournalLevel level, ScoreUse use) {
        return "PUBLICATION." + level.name() + "." + use.name();
    }

    /** A leader's instruction of {@code level} on an item crediting the unit, e.g. {@code INSTRUCTION.PROVINCIAL}. */
    public static String instruction(InstructionLevel level) {
        return "INSTRUCTION." + level.name();
    }
}
