package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** The sign-off review returned the edition; it is a draft again. */
public record EditionReturned(long editionId, long journalId, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "edition:return";
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
