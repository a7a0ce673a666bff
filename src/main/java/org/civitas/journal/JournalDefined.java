package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A journal was defined. */
@Audited(action = "journal:define", object = "Journal", id = "journalId")
public record JournalDefined(long journalId, String code, String summary) implements AuditableEvent {}
