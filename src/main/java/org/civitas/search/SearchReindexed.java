package org.civitas.search;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** The index was rebuilt (from the console, the command line, or at start because it was empty). */
public record SearchReindexed(String index, long documents, String operator) implements AuditableEvent {

    @Override
    public String action() {
        return "search:reindex";
    }

    @Override
    public String objectType() {
        return "SearchIndex";
    }

    @Override
    public String objectId() {
        return index;
    }

    @Override
    public String summary() {
        return AuditSummary.of("SearchReindexed", index, documents, operator);
    }
}
