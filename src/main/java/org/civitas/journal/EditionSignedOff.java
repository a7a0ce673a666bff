package org.civitas.journal;

import java.time.LocalDate;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * An edition was signed off and numbered. Other modules listen for it (scoring credits the units
 * whose items it carries).
 */
@Audited(action = "edition:signoff", object = "Edition", id = "editionId")
public record EditionSignedOff(
        long editionId, long journalId, int year, int number, int totalNumber, String numberText, LocalDate issueDate)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("EditionSignedOff", editionId, journalId, numberText);
    }
}
