package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A draft was sent for sign-off. */
public record EditionSubmitted(long editionId, long journalId, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "edition:submit";
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
