package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A released edition was archived. */
@Audited(action = "edition:archive", object = "Edition", id = "editionId")
public record EditionArchived(long editionId, long journalId, String summary) implements AuditableEvent {}
