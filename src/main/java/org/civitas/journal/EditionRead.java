package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A person read an edition's content: a reader or a compiler, in the console or through the API. */
@Audited(action = "edition:read", object = "Edition", id = "editionId")
public record EditionRead(long editionId, long journalId, String summary) implements AuditableEvent {}
