package org.civitas.journal.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.journal.EditionNumbers;
import org.civitas.journal.JournalDefinition;
import org.civitas.journal.JournalLayout;
import org.civitas.platform.DomainException;
import org.civitas.platform.TextInput;
import org.springframework.stereotype.Component;

/** Validation of a journal definition: every refusal names its field and says why. */
@Component
class JournalValidator {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern CHAIN = Pattern.compile("[a-z][a-z0-9_-]{1,63}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Set<String> PLACEHOLDERS =
            Set.of(EditionNumbers.YEAR, EditionNumbers.NUMBER, EditionNumbers.TOTAL);

    private final SecurityLabels labels;
    private final OrganisationDirectory organisations;

    JournalValidator(SecurityLabels labels, OrganisationDirectory organisations) {
        this.labels = labels;
        this.organisations = organisations;
    }

    static String code(String code) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw DomainException.onField("code", "journal.code.invalid", c);
        }
        return c;
    }

    /** The definition with trimmed texts and defaults filled in; refuses what cannot be stored. */
    JournalDefinition check(JournalDefinition d) {
        if (d == null) {
            throw new DomainException("journal.definition.required");
        }
        String name = text(d.name(), "name", 100);
        if (d.level() == null) {
            throw DomainException.onField("level", "journal.level.required");
        }
        String format = numberFormat(d.numberFormat());
        String defaultLabel = label(d.defaultLabel(), "defaultLabel");
        String minimum = label(d.minimumClearance(), "minimumClearance");
        String office = text(d.issuingOffice(), "issuingOffice", 200);
        String chain = blank(d.reviewChainCode())
                ? JournalDefinition.DEFAULT_REVIEW_CHAIN
                : d.reviewChainCode().strip();
        if (!CHAIN.matcher(chain).matches()) {
            throw DomainException.onField("reviewChainCode", "journal.reviewChain.invalid", chain);
        }
        return new JournalDefinition(
                d.code(),
                name,
                d.level(),
                format,
                defaultLabel,
                audienceOrganisations(d.audienceOrganisationIds()),
                audienceRoles(d.audienceRoleCodes()),
                minimum,
                office,
                d.layout() == null ? JournalLayout.RED_MASTHEAD : d.layout(),
                chain);
    }

    /** Must contain {number}; may contain {year} and {total}; nothing else in braces. */
    static String numberFormat(String format) {
        String f = blank(format) ? JournalDefinition.DEFAULT_NUMBER_FORMAT : format.strip();
        if (f.length() > 100) {
            throw DomainException.onField("numberFormat", "journal.numberFormat.tooLong", 100);
        }
        Matcher m = PLACEHOLDER.matcher(f);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                throw DomainException.onField("numberFormat", "journal.numberFormat.placeholder", m.group());
            }
        }
        if (!f.contains(EditionNumbers.NUMBER)) {
            throw DomainException.onField("numberFormat", "journal.numberFormat.number");
        }
        return f;
    }

    private String label(String code, String field) {
        if (blank(code)) {
            return labels.lowest().code();
        }
        String c = code.strip();
        if (labels.find(c).isEmpty()) {
            throw DomainException.onField(field, "journal.label.unknown", c);
        }
        return c;
    }

    private List<Long> audienceOrganisations(List<Long> ids) {
        Set<Long> result = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id == null) {
                continue;
            }
            if (organisations.find(id).isEmpty()) {
                throw DomainException.onField(
                        "audienceOrganisationIds", "journal.audience.organisation.unknown", Long.toString(id));
            }
            result.add(id);
        }
        return new ArrayList<>(result);
    }

    private static List<String> audienceRoles(List<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            if (blank(code)) {
                continue;
            }
            String c = code.strip();
            if (!ROLE.matcher(c).matches()) {
                throw DomainException.onField("audienceRoleCodes", "journal.audience.role.invalid", c);
            }
            result.add(c);
        }
        return new ArrayList<>(result);
    }

    private static String text(String value, String field, int max) {
        return TextInput.required(value, field, max);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
