package org.civitas.journal.internal;

import java.time.LocalDate;
import org.civitas.platform.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the next number of a journal: per year and running total. Concurrent sign-offs of one
 * journal wait on the journal's row lock, so each reads the numbers the previous one committed; the
 * unique constraints on the edition table are the last line of defence.
 */
@Component
class EditionNumbering {

    private final Journals journals;
    private final Editions editions;

    EditionNumbering(Journals journals, Editions editions) {
        this.journals = journals;
        this.editions = editions;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    EditionNumber next(long journalId, LocalDate issueDate) {
        if (journals.lockForNumbering(journalId) == null) {
            throw new NotFoundException("Journal", journalId);
        }
        int year = issueDate.getYear();
        Integer lastNumber = editions.maxNumber(journalId, year);
        Integer lastTotal = editions.maxTotal(journalId);
        return new EditionNumber(
                year, lastNumber == null ? 1 : lastNumber + 1, lastTotal == null ? 1 : lastTotal + 1, issueDate);
    }
}
