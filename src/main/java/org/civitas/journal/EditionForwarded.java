package org.civitas.journal;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** An edition was packaged and forwarded to a higher authority. */
@Audited(action = "edition:forward", object = "Edition", id = "editionId")
public record EditionForwarded(long editionId, long forwardId, String recipient, ForwardMethod method, String sha256)
        implements AuditableEvent {
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
