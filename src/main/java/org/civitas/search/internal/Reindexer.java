package org.civitas.search.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.civitas.content.ArticleSummary;
import org.civitas.platform.DomainException;
import org.civitas.search.DriftReport;
import org.civitas.search.ReindexProgress;
import org.civitas.search.ReindexReport;
import org.civitas.search.SearchAdministration;
import org.civitas.search.SearchPermissions;
import org.civitas.search.SearchReindexed;
import org.civitas.search.SearchSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the index into a new generation while the current one keeps answering, then swaps them.
 * Updates that arrive meanwhile go to both generations. A document read by the rebuild just before an
 * update and written just after it can be stale; the drift check finds such rare cases.
 */
@Component
class Reindexer implements SearchAdministration {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);
    private static final int BATCH = 500;

    private final SearchEngine engine;
    private final IndexDocumentBuilder documents;
    private final SettingsStore store;
    private final DriftCheck drift;
    private final SearchSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile ReindexProgress progress;

    Reindexer(
            SearchEngine engine,
            IndexDocumentBuilder documents,
            SettingsStore store,
            DriftCheck drift,
            SearchSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.engine = engine;
        this.documents = documents;
        this.store = store;
        this.drift = drift;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    @PreAuthorize("hasAuthority('" + SearchPermissions.MANAGE + "')")
    public void startReindex() {
        String by = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication()
                .getName();
        startInBackground(by);
    }

    private void startInBackground(String by) {
        if (running.get()) {
            throw new DomainException("search.reindex.running");
        }
        Thread.ofPlatform().name("search-reindex").daemon().start(() -> {
            try {
                reindex(by, p -> {});
            } catch (RuntimeException e) {
                log.warn("Search index rebuild failed: {}", e.getMessage(), e);
            }
        });
    }

    /** An index that is empty while the database is not (a new data directory, a lost index) is rebuilt. */
    @EventListener
    void rebuildWhenEmpty(ApplicationReadyEvent event) {
        // only the web application: a command-line run ends before a background rebuild could
        boolean web = event.getApplicationContext() instanceof org.springframework.web.context.WebApplicationContext;
        if (!web || !settings.reindexWhenEmpty() || running.get()) {
            return;
        }
        long indexed = engine.read(
                s -> s.search(SearchDocument.class).where(f -> f.matchAll()).fetchTotalHitCount());
        if (indexed == 0 && drift.expectedCount() > 0) {
            log.info("The search index is empty but the database is not: rebuilding it in the background");
            startInBackground("system");
        }
    }

    @Override
    public ReindexReport reindex(String operator, Consumer<ReindexProgress> listener) {
        if (!running.compareAndSet(false, true)) {
            throw new DomainException("search.reindex.running");
        }
        long started = System.nanoTime();
        try {
            report(listener, new ReindexProgress("counting", 0, 0, true));
            List<ArticleSummary> articles = documents.publishedArticles();
            List<Long> submissions = documents.submissionIds();
            List<Long> adoptions = documents.adoptionIds();
            List<Long> editions = documents.editionIds();
            long total = articles.size() + submissions.size() + adoptions.size() + editions.size();
            SearchEngine.Generation next = engine.startBuilding(store.terms());
            long[] done = {0};
            try (SearchEngine.Bulk bulk = SearchEngine.bulk(next)) {
                write(bulk, "articles", articles, documents::articles, done, total, listener);
                write(bulk, "submissions", submissions, one(documents::submission), done, total, listener);
                write(bulk, "adoptions", adoptions, one(documents::adoption), done, total, listener);
                write(bulk, "editions", editions, one(documents::edition), done, total, listener);
                bulk.finish();
                engine.promote(next, operator);
            } catch (RuntimeException e) {
                engine.abandon(next);
                report(listener, new ReindexProgress("failed", done[0], total, false));
                throw e;
            }
            report(listener, new ReindexProgress("done", done[0], total, false));
            transactions.executeWithoutResult(
                    s -> events.publishEvent(new SearchReindexed(next.index(), done[0], operator)));
            return new ReindexReport(done[0], Duration.ofNanos(System.nanoTime() - started), next.index());
        } finally {
            running.set(false);
        }
    }

    /**
     * Reads the sources a batch at a time and hands each batch to the bulk write, which analyses and
     * writes it on the backend's threads while the next batch is read; one commit at the end.
     */
    private <T> void write(
            SearchEngine.Bulk bulk,
            String phase,
            List<T> sources,
            Function<List<T>, List<SearchDocument>> read,
            long[] done,
            long total,
            Consumer<ReindexProgress> listener) {
        for (int from = 0; from < sources.size(); from += BATCH) {
            List<T> slice = sources.subList(from, Math.min(sources.size(), from + BATCH));
            List<SearchDocument> batch = read.apply(slice);
            if (!batch.isEmpty()) {
                bulk.add(plan -> batch.forEach(plan::addOrUpdate));
            }
            done[0] += slice.size();
            report(listener, new ReindexProgress(phase, done[0], total, true));
        }
    }

    private static <T> Function<List<T>, List<SearchDocument>> one(Function<T, Optional<SearchDocument>> read) {
        return slice -> {
            List<SearchDocument> batch = new ArrayList<>(slice.size());
            slice.forEach(source -> read.apply(source).ifPresent(batch::add));
            return batch;
        };
    }

    private void report(Consumer<ReindexProgress> listener, ReindexProgress p) {
        progress = p;
        listener.accept(p);
    }

    @Override
    public Optional<ReindexProgress> progress() {
        return Optional.ofNullable(progress);
    }

    @Override
    public DriftReport drift() {
        return drift.check();
    }
}
