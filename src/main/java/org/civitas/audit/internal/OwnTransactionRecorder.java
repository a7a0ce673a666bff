package org.civitas.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records security events in a transaction of their own, so they stay recorded whatever happens
 * to the work around them (a denied call usually rolls its transaction back).
 *
 * <p>When the thread is inside a transaction, the record is written just after that transaction
 * ends rather than at once: that transaction may already hold the chain head lock (it audited a
 * write before being denied something), and a second transaction on the same thread waiting for
 * that lock would wait for itself forever.
 */
@Component
class OwnTransactionRecorder {

    private static final Logger log = LoggerFactory.getLogger(OwnTransactionRecorder.class);

    private final TransactionTemplate requiresNew;
    private final AuditAppender appender;

    OwnTransactionRecorder(PlatformTransactionManager transactions, AuditAppender appender) {
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.appender = appender;
    }

    void record(AuditFacts facts) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(facts);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try {
                    write(facts);
                } catch (RuntimeException e) {
                    // nothing above us can react any more: the surrounding transaction has ended
                    log.error("Could not record audit event {} of {}", facts.action(), facts.actor(), e);
                }
            }
        });
    }

    private void write(AuditFacts facts) {
        requiresNew.executeWithoutResult(status -> appender.append(facts));
    }
}
