package org.civitas.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Re-indexes a document once per transaction however many of its events that transaction published (an
 * edition compiled from thirty items publishes thirty). Each event is noted as it is published, inside the
 * writer's transaction; after the commit, the handler of every event but the document's last one has
 * nothing to do, and the last one re-reads the committed state, which holds all the changes.
 *
 * <p>Whatever this cannot vouch for is indexed as before: an event it did not note (published outside a
 * transaction, in a nested transaction, or redelivered by the event publication registry after a restart)
 * is never skipped. The notes live only as long as the transaction's completion.
 */
@Component
class Coalescing {

    private static final Object KEY = Coalescing.class.getName() + ".pending";

    /** Events noted in the current transaction, by document id, in the order published. */
    private static final class Pending implements TransactionSynchronization {

        final Map<String, List<Object>> events = new HashMap<>();

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE; // after the index handlers (see IndexUpdater), which come just before
        }

        @Override
        public void afterCompletion(int status) {
            if (TransactionSynchronizationManager.getResource(KEY) == this) {
                TransactionSynchronizationManager.unbindResource(KEY);
            }
        }
    }

    /** Notes that {@code event}, which will re-index {@code documentId} after the commit, was published. */
    void published(String documentId, Object event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(KEY);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(KEY, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        } else if (!TransactionSynchronizationManager.getSynchronizations().contains(pending)) {
            return; // a nested transaction: its events are handled one by one
        }
        pending.events.computeIfAbsent(documentId, k -> new ArrayList<>()).add(event);
    }

    /**
     * Whether the handler of {@code event} may leave {@code documentId} alone because a later event of the same
     * committed transaction will re-index it. Call once per handled event.
     */
    boolean laterEventWillIndex(String documentId, Object event) {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(KEY);
        if (pending == null) {
            return false;
        }
        List<Object> events = pending.events.get(documentId);
        if (events == null || !removeSame(events, event)) {
            return false;
        }
        return !events.isEmpty();
    }

    private static boolean removeSame(List<Object> events, Object event) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == event) {
                events.remove(i);
                return true;
            }
        }
        return false;
    }
}
