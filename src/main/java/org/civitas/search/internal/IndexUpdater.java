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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the other modules. Each handler runs right after the writer's commit,
 * so a withdrawn article is gone from results before the withdrawing request returns. Spring Modulith
 * records each delivery in its event publication registry and redelivers what was not completed at the
 * next start (a crash between commit and index); handlers re-read the committed state, so a second
 * delivery changes nothing. The drift check and a rebuild repair anything else.
 *
 * <p>An edition is re-indexed once per transaction, however many of its events the transaction published
 * ({@link Coalescing}); its handlers run just before the coalescing notes are dropped at the transaction's end.
 */
@Component
class IndexUpdater {

    /** Just before {@link Coalescing}'s cleanup, which runs last. */
    private static final int EDITION_ORDER = Ordered.LOWEST_PRECEDENCE - 1;

    private final Indexer indexer;
    private final Coalescing coalescing;
    private final PublicSearchCache publicResults;

    IndexUpdater(Indexer indexer, Coalescing coalescing, PublicSearchCache publicResults) {
        this.indexer = indexer;
        this.coalescing = coalescing;
        this.publicResults = publicResults;
    }

    /** Notes each edition event as it is published, inside the writer's transaction. */
    @EventListener({
        EditionCreated.class,
        EditionCompiled.class,
        EditionSubmitted.class,
        EditionSignedOff.class,
        EditionReturned.class,
        EditionReleased.class,
        EditionArchived.class,
        EditionDiscarded.class
    })
    void published(Object event) {
        coalescing.published(IndexDocumentBuilder.editionId(editionId(event)), event);
    }

    private static long editionId(Object event) {
        return switch (event) {
            case EditionCreated e -> e.editionId();
            case EditionCompiled e -> e.editionId();
            case EditionSubmitted e -> e.editionId();
            case EditionSignedOff e -> e.editionId();
            case EditionReturned e -> e.editionId();
            case EditionReleased e -> e.editionId();
            case EditionArchived e -> e.editionId();
            case EditionDiscarded e -> e.editionId();
            default -> throw new IllegalArgumentException("not an edition event: " + event);
        };
    }

    private void edition(Object event) {
        long id = editionId(event);
        if (!coalescing.laterEventWillIndex(IndexDocumentBuilder.editionId(id), event)) {
            indexer.edition(id);
        }
    }

    /** While the writer's transaction runs: lets the after-commit handlers write its articles in one batch. */
    @EventListener
    void remember(PublicContentChanged event) {
        indexer.remember(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublicContentChanged event) {
        indexer.article(event);
        publicResults.changed(event.siteIds()); // only now: a search from here on sees the change
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
    @Order(EDITION_ORDER)
    void on(EditionCreated event) {
        edition(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(EDITION_ORDER)
    void on(EditionCompiled event) {
        edition(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(EDITION_ORDER)
    void on(EditionSubmitted event) {
        edition(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(EDITION_ORDER)
    void on(EditionSignedOff event) {
        edition(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(EDITION_ORDER)
    void on(EditionReturned event) {
        edition(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(EDITION_ORDER)
    void on(EditionReleased event) {
        edition(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(EDITION_ORDER)
    void on(EditionArchived event) {
        edition(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(EDITION_ORDER)
    void on(EditionDiscarded event) {
        edition(event);
    }
}
