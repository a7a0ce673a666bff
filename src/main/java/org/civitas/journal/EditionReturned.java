package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The sign-off review returned the edition; it is a draft again. */
@Audited(action = "edition:return", object = "Edition", id = "editionId")
public record EditionReturned(long editionId, long journalId, String summary) implements AuditableEvent {}
