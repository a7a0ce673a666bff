package org.civitas.search.internal;

import org.civitas.content.PublicContentChanged;
import org.civitas.journal.EditionArchived;
import org.civitas.journal.EditionCompiled;
import org.civitas.journal.EditionCreated;
import org.civitas.journal.EditionDiscarded;
import org.civitas.journal.EditionReleased;
import org.civitas.journal.EditionReturned;
import org.civitas.journal.EditionSignedOff;
import org.civitas.journal.EditionSubmitted;
import org.civitas.reporting.SubmissionAdopted;
import org.civitas.reporting.SubmissionEdited;
import org.civitas.reporting.SubmissionSaved;
import org.civitas.reporting.SubmissionStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the other modules. Each handler runs right after the writer's commit,
 * so a withdrawn article is gone from results before the withdrawing request returns. Spring Modulith
 * records each delivery in its event publication registry and redelivers what was not completed at the
 * next start (a crash between commit and index); handlers re-read the committed state, so a second
 * delivery changes nothing. The drift check and a rebuild repair anything else.
 */
@Component
class IndexListeners {

    private final Indexer indexer;

    IndexListeners(Indexer indexer) {
        this.indexer = indexer;
    }

    /** While the writer's transaction runs: lets the after-commit handlers write its articles in one batch. */
    @EventListener
    void remember(PublicContentChanged event) {
        indexer.remember(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublicContentChanged event) {
        indexer.article(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SubmissionSaved event) {
        indexer.submission(event.submissionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SubmissionStateChanged event) {
        indexer.submission(event.submissionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SubmissionEdited event) {
        indexer.submission(event.submissionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SubmissionAdopted event) {
        indexer.adoption(event.adoptionId());
        event.submissionIds().forEach(indexer::submission);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EditionCreated event) {
        indexer.edition(event.editionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EditionCompiled event) {
        indexer.edition(event.editionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EditionSubmitted event) {
        indexer.edition(event.editionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EditionSignedOff event) {
        indexer.edition(event.editionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EditionReturned event) {
        indexer.edition(event.editionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EditionReleased event) {
        indexer.edition(event.editionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EditionArchived event) {
        indexer.edition(event.editionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EditionDiscarded event) {
        indexer.edition(event.editionId());
    }
}
