package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A draft edition was created. */
@Audited(action = "edition:create", object = "Edition", id = "editionId")
public record EditionCreated(long editionId, long journalId, String summary) implements AuditableEvent {}
