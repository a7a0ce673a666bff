package org.civitas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civitas.journal.EditionCompiled;
import org.civitas.journal.EditionCreated;
import org.civitas.journal.EditionSignedOff;
import org.civitas.journal.EditionSubmitted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListenerFactory;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The search index hears of an edition once per committed transaction, through Spring's real event machinery. */
class CoalescingTest {

    /** A transaction manager without a resource: enough for synchronizations and transactional listeners. */
    static final class NoResourceTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected Object doSuspend(Object transaction) {
            return new Object();
        }

        @Override
        protected void doResume(Object transaction, Object suspendedResources) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }

    final List<Long> indexed = new ArrayList<>();
    AnnotationConfigApplicationContext context;
    NoResourceTransactions transactions = new NoResourceTransactions();

    @BeforeEach
    void start() {
        context = new AnnotationConfigApplicationContext();
        context.registerBean(TransactionalEventListenerFactory.class);
        context.registerBean(Coalescing.class);
        context.registerBean(Indexer.class, () -> new Indexer(null, null) {
            @Override
            void edition(long id) {
                indexed.add(id);
            }
        });
        context.registerBean(PublicSearchCache.class, () -> new PublicSearchCache(null, null, 0));
        context.registerBean(IndexUpdater.class);
        context.refresh();
    }

    @AfterEach
    void stop() {
        context.close();
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    @Test
    void thirtyItemsAddedInOneTransactionReindexTheEditionOnceAfterTheCommit() {
        inTransaction(() -> {
            context.publishEvent(new EditionCreated(7, 1, "created"));
            for (int i = 0; i < 30; i++) {
                context.publishEvent(new EditionCompiled(7, 1, "item " + i));
            }
            context.publishEvent(new EditionCompiled(8, 1, "another edition"));
            assertThat(indexed).isEmpty();
        });
        assertThat(indexed).containsExactly(7L, 8L);
    }

    @Test
    void eachTransactionReindexesAgainAndARolledBackOneNotAtAll() {
        inTransaction(() -> context.publishEvent(new EditionSubmitted(7, 1, "submitted")));
        inTransaction(() -> {
            context.publishEvent(new EditionCompiled(7, 1, "changed"));
            context.publishEvent(new EditionSignedOff(7, 1, 2026, 1, 1, "2026年第1期", java.time.LocalDate.now()));
        });
        assertThat(indexed).containsExactly(7L, 7L);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            context.publishEvent(new EditionCompiled(7, 1, "undone"));
            status.setRollbackOnly();
        });
        assertThat(indexed).containsExactly(7L, 7L);
    }

    @Test
    void eventsOutsideATransactionOrInANestedOneAreIndexedOneByOne() {
        context.publishEvent(new EditionCompiled(7, 1, "no transaction"));
        context.publishEvent(new EditionCompiled(7, 1, "no transaction"));
        assertThat(indexed).containsExactly(7L, 7L);
        indexed.clear();
        inTransaction(() -> {
            context.publishEvent(new EditionCompiled(7, 1, "outer"));
            var nested = new TransactionTemplate(transactions);
            nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            nested.executeWithoutResult(status -> context.publishEvent(new EditionCompiled(7, 1, "inner")));
            assertThat(indexed).containsExactly(7L);
        });
        assertThat(indexed).containsExactly(7L, 7L);
    }
}
