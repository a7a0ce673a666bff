package org.civitas.journal.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.civitas.journal.EditionReturned;
import org.civitas.journal.EditionSignedOff;
import org.civitas.platform.AuditSummary;
import org.civitas.workflow.ReviewCompleted;
import org.civitas.workflow.ReviewOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an edition's sign-off review in the transaction that finished it: approved editions are
 * numbered and signed off, returned ones go back to draft with the reason. Running in the reviewer's
 * transaction means the review and the edition never disagree.
 */
@Component
public class EditionSignOff {

    public static final String SUBJECT_TYPE = "journal.edition";

    private static final Logger log = LoggerFactory.getLogger(EditionSignOff.class);

    private final Editions editions;
    private final Journals journals;
    private final EditionNumbering numbering;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditionSignOff(
            Editions editions,
            Journals journals,
            EditionNumbering numbering,
            ApplicationEventPublisher events,
            Clock clock) {
        this.editions = editions;
        this.journals = journals;
        this.numbering = numbering;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(ReviewCompleted completed) {
        if (!SUBJECT_TYPE.equals(completed.subject().type())) {
            return;
        }
        Edition edition =
                editions.findById(Long.valueOf(completed.subject().id())).orElse(null);
        if (edition == null) {
            log.warn(
                    "Sign-off review {} finished for edition {}, which no longer exists",
                    completed.reviewId(),
                    completed.subject().id());
            return;
        }
        if (completed.outcome() == ReviewOutcome.APPROVED) {
            EditionNumber number = numbering.next(edition.journalId(), LocalDate.now(clock));
            edition.signOff(number, completed.actor(), clock.instant());
            editions.flush();
            Journal journal = journals.findById(edition.journalId()).orElseThrow();
            events.publishEvent(new EditionSignedOff(
                    edition.id(),
                    edition.journalId(),
                    number.year(),
                    number.number(),
                    number.total(),
                    journal.view().formatNumber(number.year(), number.number(), number.total()),
                    number.issueDate()));
        } else {
            edition.returnToDraft(completed.comment(), clock.instant());
            editions.flush();
            events.publishEvent(new EditionReturned(
                    edition.id(),
                    edition.journalId(),
                    AuditSummary.of("EditionReturned", edition.id(), completed.comment())));
        }
    }
}
