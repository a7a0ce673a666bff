package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A signed-off edition was released to its journal's audience. */
public record EditionReleased(long editionId, long journalId, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "edition:release";
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
