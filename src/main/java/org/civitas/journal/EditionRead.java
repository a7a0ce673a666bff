package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A reader opened an edition. */
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
