package org.civitas.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.content.PublicContentChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts one source's current state into the index: its document when it exists, nothing when it does not.
 *
 * <p>A single change is written and committed on its own (visible and durable when the call returns).
 * Articles changed together in one transaction — an import publishes thousands — are remembered while
 * the transaction runs ({@link #remember}) and written as one bulk write with one commit by the first of
 * their after-commit handlers; the others then find their article already written. (Spring may complete
 * the transaction's own synchronizations before or after the event listeners', so each handler finds its
 * batch through its event, not through the finished transaction.) Each handler still
 * returns only once its article is in the index, so the event registry's crash safety is unchanged.
 */
@Component
class Indexer {

    /** Articles per batched read and per handing to the index. */
    private static final int BATCH = 500;

    /** A document to write, or (when {@code document} is null) an id to remove. */
    private record Change(String id, SearchDocument document) {}

    /** The articles one transaction changed, and its events whose handlers have not run yet. */
    private static final class Pending {
        final Map<Long, Set<Long>> sitesByArticle = new LinkedHashMap<>();
        final List<PublicContentChanged> events = new ArrayList<>();
        boolean written;
        boolean failed;
    }

    /**
     * Each event of a transaction with several, until its after-commit handler runs (or the transaction
     * rolls back). By identity: the handler of this very event finds this very transaction's batch.
     */
    private final Map<PublicContentChanged, Pending> pendingByEvent =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private final SearchEngine engine;
    private final IndexDocumentBuilder documents;

    Indexer(SearchEngine engine, IndexDocumentBuilder documents) {
        this.engine = engine;
        this.documents = documents;
    }

    /** Notes, inside the writer's transaction, an article its after-commit handler will index. */
    void remember(PublicContentChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(Pending.class);
        if (pending == null) {
            Pending created = new Pending();
            pending = created;
            TransactionSynchronizationManager.bindResource(Pending.class, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    // the after-commit handlers may run before or after this: they find their batch by event
                    TransactionSynchronizationManager.unbindResourceIfPossible(Pending.class);
                    if (status != STATUS_COMMITTED) {
                        synchronized (created) {
                            created.events.forEach(pendingByEvent::remove);
                        }
                    }
                }
            });
        }
        synchronized (pending) {
            pending.sitesByArticle
                    .computeIfAbsent(event.articleId(), k -> new LinkedHashSet<>())
                    .addAll(event.siteIds());
            pending.events.add(event);
        }
        pendingByEvent.put(event, pending);
    }

    /** After the commit: the article's state in the index, alone or with the rest of its transaction's batch. */
    void article(PublicContentChanged event) {
        Pending pending = pendingByEvent.remove(event);
        if (pending != null) {
            synchronized (pending) {
                if (pending.sitesByArticle.size() > 1) {
                    if (!pending.written && !pending.failed) {
                        try {
                            articles(pending.sitesByArticle);
                            pending.written = true;
                        } catch (RuntimeException e) {
                            pending.failed = true; // the remaining handlers write their article one by one
                            throw e;
                        }
                    }
                    if (pending.written) {
                        return;
                    }
                }
            }
        }
        article(event.articleId(), event.siteIds());
    }

    void article(long articleId, Collection<Long> siteIds) {
        List<Change> changes = new ArrayList<>();
        for (long siteId : siteIds) {
            changes.add(
                    change(IndexDocumentBuilder.articleId(siteId, articleId), documents.article(siteId, articleId)));
        }
        write(changes);
    }

    /** Many articles, read in batches per site and written with one commit. */
    void articles(Map<Long, Set<Long>> sitesByArticle) {
        Map<Long, List<Long>> articlesBySite = new LinkedHashMap<>();
        sitesByArticle.forEach((article, sites) -> sites.forEach(site ->
                articlesBySite.computeIfAbsent(site, k -> new ArrayList<>()).add(article)));
        try (SearchEngine.Bulk bulk = engine.bulk()) {
            articlesBySite.forEach((site, articles) -> {
                for (int from = 0; from < articles.size(); from += BATCH) {
                    List<Long> slice = articles.subList(from, Math.min(articles.size(), from + BATCH));
                    List<SearchDocument> found = documents.articles(site, slice);
                    Set<Long> published = new HashSet<>();
                    found.forEach(d -> published.add(d.sourceId));
                    bulk.add(plan -> {
                        found.forEach(plan::addOrUpdate);
                        for (long article : slice) {
                            if (!published.contains(article)) {
                                plan.purge(SearchDocument.class, IndexDocumentBuilder.articleId(site, article), null);
                            }
                        }
                    });
                }
            });
            bulk.finish();
        }
    }

    void submission(long id) {
        write(List.of(change(IndexDocumentBuilder.submissionId(id), documents.submission(id))));
    }

    void adoption(long id) {
        write(List.of(change(IndexDocumentBuilder.adoptionId(id), documents.adoption(id))));
    }

    void edition(long id) {
        write(List.of(change(IndexDocumentBuilder.editionId(id), documents.edition(id))));
    }

    private static Change change(String id, Optional<SearchDocument> document) {
        return new Change(id, document.orElse(null));
    }

    /** The documents are read once, then written to every open generation. */
    private void write(List<Change> changes) {
        engine.write(plan -> {
            for (Change c : changes) {
                if (c.document() != null) {
                    plan.addOrUpdate(c.document());
                } else {
                    plan.purge(SearchDocument.class, c.id(), null);
                }
            }
        });
    }
}
