package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A journal was changed. */
@Audited(action = "journal:change", object = "Journal", id = "journalId")
public record JournalChanged(long journalId, String code, String summary) implements AuditableEvent {}
