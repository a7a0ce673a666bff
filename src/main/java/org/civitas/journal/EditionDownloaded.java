package org.civitas.journal;

import org.civitas.platform.AuditableEvent;

/** Someone downloaded an edition as a file; the audit trail keeps who, when and which format. */
public record EditionDownloaded(long editionId, long journalId, String format, String summary)
        implements AuditableEvent {

    @Override
    public String action() {
        return "edition:download";
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
