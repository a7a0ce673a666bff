package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A journal was defined. */
public record JournalDefined(long journalId, String code, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "journal:define";
    }

    @Override
    public String objectType() {
        return "Journal";
    }

    @Override
    public String objectId() {
        return String.valueOf(journalId);
    }
}
