package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A journal was deleted. */
@Audited(action = "journal:delete", object = "Journal", id = "journalId")
public record JournalDeleted(long journalId, String code, String summary) implements AuditableEvent {}
