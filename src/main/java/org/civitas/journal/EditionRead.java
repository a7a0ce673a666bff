package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A person read an edition's content: a reader or a compiler, in the console or through the API. */
public record EditionRead(long editionId, long journalId, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "edition:read";
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
