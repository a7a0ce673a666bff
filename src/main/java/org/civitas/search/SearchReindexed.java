package org.civitas.search;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The index was rebuilt (from the console, the command line, or at start because it was empty). */
@Audited(action = "search:reindex", object = "SearchIndex", id = "index")
public record SearchReindexed(String index, long documents, String operator) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("SearchReindexed", index, documents, operator);
    }
}
