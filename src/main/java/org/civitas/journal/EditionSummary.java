package org.civitas.journal;

import java.time.Instant;
import java.time.LocalDate;

/** One line of an edition list. */
public record EditionSummary(
        long id,
        long journalId,
        String journalName,
        EditionState state,
        String securityLabel,
        String numberText,
        LocalDate issueDate,
        Instant createdAt,
        String createdBy) {}
