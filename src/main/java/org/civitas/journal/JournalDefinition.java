package org.civitas.journal;

import java.util.List;

/**
 * What a journal should be, as given when defining or changing it.
 *
 * @param code stable identifier, 2–32 of {@code a-z 0-9 -}, starting with a letter; it cannot change once defined
 * @param numberFormat how an edition's number reads, with {@code {number}} (per year) and optionally
 *     {@code {year}} and {@code {total}} (running total), e.g. {@code {year}年第{number}期（总第{total}期）}
 * @param defaultLabel security label code new editions get
 * @param audienceOrganisationIds organisations (with their subtrees) whose users read released editions
 * @param audienceRoleCodes roles whose holders read released editions, wherever they are
 * @param minimumClearance label code a reader's clearance must reach, whatever the edition's label
 * @param reviewChainCode the review chain editions are signed off on
 */
public record JournalDefinition(
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
        String reviewChainCode) {

    public static final String DEFAULT_NUMBER_FORMAT = "{year}年第{number}期（总第{total}期）";

    public static final String DEFAULT_REVIEW_CHAIN = "journal-signoff";

    public JournalDefinition {
        audienceOrganisationIds = audienceOrganisationIds == null ? List.of() : List.copyOf(audienceOrganisationIds);
        audienceRoleCodes = audienceRoleCodes == null ? List.of() : List.copyOf(audienceRoleCodes);
    }
}
