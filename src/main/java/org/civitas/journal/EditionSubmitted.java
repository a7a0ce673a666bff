package org.civitas.journal;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A draft was sent for sign-off. */
@Audited(action = "edition:submit", object = "Edition", id = "editionId")
public record EditionSubmitted(long editionId, long journalId, String summary) implements AuditableEvent {}
