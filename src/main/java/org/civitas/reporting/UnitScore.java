package org.civitas.reporting;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A reporting unit's score over a period, with the facts it is made of.
 *
 * @param points the sum of every fact × the rule table's current points
 * @param fullTextUses adopted items of the unit printed in full in released editions
 * @param excerptUses … printed as excerpts
 * @param mergedUses … merged adoptions the unit contributed to (综合采用)
 * @param instructions leaders' instructions on items crediting the unit, by level (every level present, 0 when none)
 * @param quotaShortfall items missing from the monthly quotas of the settled months
 */
public record UnitScore(
        long organisationId,
        String unitName,
        UnitType unitType,
        BigDecimal points,
        long fullTextUses,
        long excerptUses,
        long mergedUses,
        Map<InstructionLevel, Long> instructions,
        long commissionsOnTime,
        long commissionsLate,
        long commissionsMissed,
        long quotaShortfall) {

    public UnitScore {
        instructions = Map.copyOf(instructions);
    }

    /** Instructions of every level. */
    public long instructionCount() {
        return instructions.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Released uses of every kind. */
    public long uses() {
        return fullTextUses + excerptUses + mergedUses;
    }
}
