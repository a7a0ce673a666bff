package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A draft was deleted. */
public record EditionDiscarded(long editionId, long journalId, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "edition:discard";
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
