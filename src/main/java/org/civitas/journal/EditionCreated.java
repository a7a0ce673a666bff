package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A draft edition was created. */
public record EditionCreated(long editionId, long journalId, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "edition:create";
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
