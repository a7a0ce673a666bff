package org.civitas.journal;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** An edition was packaged and forwarded to a higher authority. */
public record EditionForwarded(long editionId, long forwardId, String recipient, ForwardMethod method, String sha256)
        implements AuditableEvent {

    @Override
    public String action() {
        return "edition:forward";
    }

    @Override
    public String objectType() {
        return "journal.edition";
    }

    @Override
    public String objectId() {
        return String.valueOf(editionId);
    }

    @Override
    public String summary() {
        return AuditSummary.of(
                "EditionForwarded",
                editionId,
                recipient,
                AuditSummary.label("journal.forward.method.", method),
                forwardId,
                sha256);
    }
}
