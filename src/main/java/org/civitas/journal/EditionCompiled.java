package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A draft's items, sections, note or label changed; the summary says which. */
@Audited(action = "edition:compile", object = "Edition", id = "editionId")
public record EditionCompiled(long editionId, long journalId, String summary) implements AuditableEvent {}
