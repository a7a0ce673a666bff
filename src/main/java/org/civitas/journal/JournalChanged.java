package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A journal was changed. */
public record JournalChanged(long journalId, String code, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "journal:change";
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
