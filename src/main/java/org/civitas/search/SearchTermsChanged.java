package org.civitas.search;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The administrator changed the synonyms or protected terms (they take effect with the next rebuild). */
@Audited(action = "search:terms", object = "SearchTerms", id = "")
public record SearchTermsChanged(int synonymLines, int protectedTerms) implements AuditableEvent {
    @Override
    public String objectId() {
        return "terms";
    }

    @Override
    public String summary() {
        return AuditSummary.of("SearchTermsChanged", synonymLines, protectedTerms);
    }
}
