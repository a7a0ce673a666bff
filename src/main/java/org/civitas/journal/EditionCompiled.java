package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A draft's items, sections, note or label changed; the summary says which. */
public record EditionCompiled(long editionId, long journalId, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "edition:compile";
    }

    @Override
    public String objectType() {
        return "journal.edition";
    }

    @Override
    public String objectId() {
        return String.valueOf(editionId);
    }
}
