package org.civitas.journal;

import java.util.List;

/** A journal as the console and other modules see it. */
public record JournalView(
        long id,
        String code,
        String name,
        JournalLevel level,
        String numberFormat,
        String defaultLabel,
        List<Long> audienceOrganisationIds,
        List<String> audienceRoleCodes,
        String minimumClearance,
        String issuingOffice,
        JournalLayout layout,
        String reviewChainCode,
        long version) {

    /** True when no organisation or role is listed: every holder of {@code journal:read} is in the audience. */
    public boolean openAudience() {
        return audienceOrganisationIds.isEmpty() && audienceRoleCodes.isEmpty();
    }

    /** How the edition numbered {@code number} of {@code year}, {@code total} overall, reads. */
    public String formatNumber(int year, int number, int total) {
        return EditionNumbers.format(numberFormat, year, number, total);
    }
}
