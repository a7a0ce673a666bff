package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** Someone downloaded an edition as a file; the audit trail keeps who, when and which format. */
@Audited(action = "edition:download", object = "Edition", id = "editionId")
public record EditionDownloaded(long editionId, long journalId, String format, String summary)
        implements AuditableEvent {}
