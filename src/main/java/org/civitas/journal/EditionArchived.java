package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A released edition was archived. */
public record EditionArchived(long editionId, long journalId, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "edition:archive";
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
