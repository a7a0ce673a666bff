package org.civitas.search;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** The administrator changed the synonyms or protected terms (they take effect with the next rebuild). */
public record SearchTermsChanged(int synonymLines, int protectedTerms) implements AuditableEvent {

    @Override
    public String action() {
        return "search:terms";
    }

    @Override
    public String objectType() {
        return "SearchTerms";
    }

    @Override
    public String objectId() {
        return "terms";
    }

    @Override
    public String summary() {
        return AuditSummary.of("SearchTermsChanged", synonymLines, protectedTerms);
    }
}
