package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A signed-off edition was released to its journal's audience. */
@Audited(action = "edition:release", object = "Edition", id = "editionId")
public record EditionReleased(long editionId, long journalId, String summary) implements AuditableEvent {}
