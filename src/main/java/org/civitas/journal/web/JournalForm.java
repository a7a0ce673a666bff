package org.civitas.journal.web;

import java.util.Arrays;
import java.util.List;
import org.civitas.journal.JournalDefinition;
import org.civitas.journal.JournalLayout;
import org.civitas.journal.JournalLevel;
import org.civitas.journal.JournalView;
import org.civitas.platform.Forms;
import org.springframework.validation.BindingResult;

/** The journal form; audience roles are typed as codes separated by spaces or commas. */
record JournalForm(
        String code,
        String name,
        JournalLevel level,
        String numberFormat,
        String defaultLabel,
        List<Long> audienceOrganisationIds,
        String audienceRoleCodes,
        String minimumClearance,
        String issuingOffice,
        JournalLayout layout,
        String reviewChainCode,
        long version) {

    static JournalForm empty(String lowestLabel) {
        return new JournalForm(
                "",
                "",
                JournalLevel.MUNICIPAL,
                JournalDefinition.DEFAULT_NUMBER_FORMAT,
                lowestLabel,
                List.of(),
                "",
                lowestLabel,
                "",
                JournalLayout.RED_MASTHEAD,
                JournalDefinition.DEFAULT_REVIEW_CHAIN,
                0);
    }

    static JournalForm of(JournalView j) {
        return new JournalForm(
                j.code(),
                j.name(),
                j.level(),
                j.numberFormat(),
                j.defaultLabel(),
                j.audienceOrganisationIds(),
                String.join(" ", j.audienceRoleCodes()),
                j.minimumClearance(),
                j.issuingOffice(),
                j.layout(),
                j.reviewChainCode(),
                j.version());
    }

    JournalDefinition toDefinition() {
        return new JournalDefinition(
                code,
                name,
                level,
                numberFormat,
                defaultLabel,
                audienceOrganisationIds,
                split(audienceRoleCodes),
                minimumClearance,
                issuingOffice,
                layout,
                reviewChainCode);
    }

    private static List<String> split(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\s,，;；]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    /** Marks every required field left empty (the code is checked on creation only), naming them all at once. */
    void requireFilled(BindingResult result) {
        Forms.required(result, "name", name, null);
        Forms.required(result, "numberFormat", numberFormat, null);
        Forms.required(result, "issuingOffice", issuingOffice, null);
        Forms.required(result, "reviewChainCode", reviewChainCode, null);
    }
}
