package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** A journal was deleted. */
public record JournalDeleted(long journalId, String code, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "journal:delete";
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
