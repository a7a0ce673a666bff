package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A draft was deleted. */
@Audited(action = "edition:discard", object = "Edition", id = "editionId")
public record EditionDiscarded(long editionId, long journalId, String summary) implements AuditableEvent {}
