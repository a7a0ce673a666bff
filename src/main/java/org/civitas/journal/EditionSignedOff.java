package org.civitas.journal;

import java.time.LocalDate;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * An edition was signed off and numbered. Other modules listen for it (scoring credits the units
 * whose items it carries).
 */
public record EditionSignedOff(
        long editionId, long journalId, int year, int number, int totalNumber, String numberText, LocalDate issueDate)
        implements AuditableEvent {

    @Override
    public String action() {
        return "edition:signoff";
    }

    @Override
    public String objectType() {
        return "journal.edition";
    }

    @Override
    public String objectId() {
        return String.valueOf(editionId);
    }

    @Override
    public String summary() {
        return AuditSummary.of("EditionSignedOff", editionId, journalId, numberText);
    }
}
