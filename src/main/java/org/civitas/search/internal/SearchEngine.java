package org.civitas.search.internal;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.civitas.search.SearchSettings;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.StandalonePojoMappingConfigurer;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.standalone.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hibernate Search mapping in use, one per index generation. A rebuild opens the next generation
 * beside the current one; until it is promoted, searches read the current one and updates go to both,
 * so the sites keep answering and nothing written during the rebuild is lost. The generation in use is
 * kept in the database, so that every node of a cluster (Elasticsearch backend) follows a rebuild.
 */
public class SearchEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchEngine.class);
    private static final long FOLLOW_MILLIS = 10_000;
    /** The Lucene of lucene-analysis-smartcn and the backend (pom.xml); kept equal when either moves. */
    private static final String LUCENE_VERSION = "9.12.3";

    /** An open index generation. */
    record Generation(int number, String index, CloseableSearchMapping mapping) {}

    private final SearchSettings settings;
    private final Path root;
    private final SettingsStore store;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile Generation current;
    private volatile Generation building;
    private volatile long checkedAt;

    SearchEngine(SearchSettings settings, Path root, SettingsStore store) {
        this.settings = settings;
        this.root = root;
        this.store = store;
    }

    /** Opens the generation in use; fails with a clear message when the backend cannot be reached. */
    void start() {
        current = open(store.generation(), store.terms());
        checkedAt = System.currentTimeMillis();
    }

    String backendName() {
        return settings.elasticsearch() ? "elasticsearch" : "lucene";
    }

    String currentIndex() {
        return current.index();
    }

    Generation open(int number, SearchTerms terms) {
        String index = "civitas-documents-" + number;
        Map<String, Object> properties = new HashMap<>();
        StandalonePojoMappingConfigurer mapping = context -> {
            context.addEntityType(SearchDocument.class, "Document");
            context.programmaticMapping().type(SearchDocument.class).indexed().index(index);
        };
        properties.put("hibernate.search.mapping.configurer", BeanReference.ofInstance(mapping));
        if (settings.elasticsearch()) {
            properties.put("hibernate.search.backend.type", "elasticsearch");
            properties.put("hibernate.search.backend.hosts", String.join(",", settings.hosts()));
            properties.put("hibernate.search.backend.protocol", settings.protocol());
            if (settings.username() != null && !settings.username().isBlank()) {
                properties.put("hibernate.search.backend.username", settings.username());
                properties.put("hibernate.search.backend.password", settings.password());
            }
            properties.put(
                    "hibernate.search.backend.analysis.configurer",
                    BeanReference.ofInstance(Analysis.elasticsearch(terms)));
        } else {
            properties.put("hibernate.search.backend.type", "lucene");
            // the index format of the Lucene we ship, pinned: an upgrade must not silently reinterpret an index
            properties.put("hibernate.search.backend.lucene_version", LUCENE_VERSION);
            properties.put(
                    "hibernate.search.backend.directory.root",
                    root.toAbsolutePath().toString());
            // Single updates commit and refresh themselves (sync strategy: visible and durable when the
            // listener returns); bulk writes (Bulk) commit once at their end. The periodic commit only
            // bounds what a crash in the middle of a bulk write loses, and a refresh interval of 0 lets
            // every search see what has been written.
            properties.put("hibernate.search.backend.io.commit_interval", 1000);
            properties.put("hibernate.search.backend.io.refresh_interval", 0);
            // a larger buffer than the 16 MB default: fewer, larger segments during a rebuild
            properties.put("hibernate.search.backend.io.writer.ram_buffer_size", 64);
            properties.put(
                    "hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(Analysis.lucene(terms)));
        }
        try {
            CloseableSearchMapping built = SearchMapping.builder(
                            AnnotatedTypeSource.fromClasses(SearchDocument.class), MethodHandles.lookup())
                    .properties(properties)
                    .build();
            log.info("Search index {} open on the {} backend", index, backendName());
            return new Generation(number, index, built);
        } catch (SearchException e) {
            throw new IllegalStateException(unavailable(e), e);
        }
    }

    private String unavailable(SearchException e) {
        if (settings.elasticsearch()) {
            return "The search backend Elasticsearch/OpenSearch at " + settings.protocol() + "://"
                    + String.join(", ", settings.hosts())
                    + " (civitas.search.backend=elasticsearch, civitas.search.hosts) cannot be used: "
                    + rootMessage(e)
                    + ". Start the server (with the analysis-smartcn plugin), correct civitas.search.hosts,"
                    + " or set civitas.search.backend=lucene for the embedded index.";
        }
        return "The embedded search index under " + root.toAbsolutePath() + " cannot be opened: " + rootMessage(e)
                + ". Check that the directory is writable and not used by another Civitas process.";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder chain = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            chain.append(" / ")
                    .append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage());
        }
        return chain.toString();
    }

    /** Runs a read on the generation in use; a rebuild waits for running reads before it closes the old one. */
    <T> T read(Function<SearchSession, T> work) {
        follow();
        lock.readLock().lock();
        try (SearchSession session = current.mapping().createSession()) {
            return work.apply(session);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Applies changes to the generation in use and to the one being built, visible to searches on return. */
    void write(Consumer<SearchIndexingPlan> changes) {
        lock.readLock().lock();
        try {
            apply(current, changes);
            Generation next = building;
            if (next != null) {
                apply(next, changes);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    static void apply(Generation generation, Consumer<SearchIndexingPlan> changes) {
        try (SearchSession session = generation
                .mapping()
                .createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync())
                .build()) {
            changes.accept(session.indexingPlan());
        }
    }

    /** Starts a bulk write to the generation in use and to the one being built; see {@link Bulk}. */
    Bulk bulk() {
        lock.readLock().lock();
        List<Generation> generations = new ArrayList<>();
        generations.add(current);
        Generation next = building;
        if (next != null) {
            generations.add(next);
        }
        return new Bulk(generations, lock);
    }

    /** Starts a bulk write to one generation only (a rebuild filling the next one). */
    static Bulk bulk(Generation generation) {
        return new Bulk(List.of(generation), null);
    }

    /**
     * Many changes written with one commit: each {@link #add} hands its documents to the backend's
     * indexing queues without waiting (they are analysed on the backend's threads while the caller reads
     * the next ones; a full queue makes the caller wait), and {@link #finish} waits for all of them,
     * commits and refreshes once. Far faster than a commit per document, and on return of {@code finish}
     * the changes are as visible and durable as after a single {@link #write}.
     */
    static final class Bulk implements AutoCloseable {

        private final List<Generation> generations;
        private final ReentrantReadWriteLock lock;
        private final List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> pending = new ArrayList<>();
        private final IndexingPlanSynchronizationStrategy queued = context -> {
            context.documentCommitStrategy(DocumentCommitStrategy.NONE);
            context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(pending::add);
        };
        private boolean closed;

        private Bulk(List<Generation> generations, ReentrantReadWriteLock lock) {
            this.generations = generations;
            this.lock = lock;
        }

        void add(Consumer<SearchIndexingPlan> changes) {
            for (Generation generation : generations) {
                try (SearchSession session = generation
                        .mapping()
                        .createSessionWithOptions()
                        .indexingPlanSynchronizationStrategy(queued)
                        .build()) {
                    changes.accept(session.indexingPlan());
                }
            }
        }

        /** Waits for every change, then commits and refreshes: visible to searches on return. */
        void finish() {
            for (CompletableFuture<? extends SearchIndexingPlanExecutionReport> f : pending) {
                SearchIndexingPlanExecutionReport report = f.join();
                if (report.throwable().isPresent()) {
                    Throwable t = report.throwable().get();
                    throw new IllegalStateException(
                            "Indexing failed for " + report.failingEntities() + ": " + t.getMessage(), t);
                }
            }
            pending.clear();
            for (Generation generation : generations) {
                try (SearchSession session = generation.mapping().createSession()) {
                    session.workspace().flush();
                    session.workspace().refresh();
                }
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (lock != null) {
                    lock.readLock().unlock();
                }
            }
        }
    }

    /** Opens an empty next generation that receives every update from now on. */
    synchronized Generation startBuilding(SearchTerms terms) {
        if (building != null) {
            throw new IllegalStateException("a rebuild is running");
        }
        Generation next = open(current.number() + 1, terms);
        try (SearchSession session = next.mapping().createSession()) {
            session.schemaManager().dropAndCreate();
        }
        building = next;
        return next;
    }

    /** Makes the built generation the one in use and removes the old one. */
    synchronized void promote(Generation next, String by) {
        Generation old = current;
        current = next;
        building = null;
        store.put(SettingsStore.GENERATION, String.valueOf(next.number()), by);
        lock.writeLock().lock();
        try {
            drop(old);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Gives up a rebuild that failed. */
    synchronized void abandon(Generation next) {
        if (building == next) {
            building = null;
        }
        lock.writeLock().lock();
        try {
            drop(next);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static void drop(Generation generation) {
        try (SearchSession session = generation.mapping().createSession()) {
            session.schemaManager().dropIfExisting();
        } catch (RuntimeException e) {
            log.warn("Could not remove search index {}: {}", generation.index(), e.getMessage());
        } finally {
            generation.mapping().close();
        }
    }

    /** Another node may have rebuilt the index: switch to the generation the database names. */
    private void follow() {
        long now = System.currentTimeMillis();
        if (now - checkedAt < FOLLOW_MILLIS || building != null) {
            return;
        }
        checkedAt = now;
        int number = store.generation();
        if (number != current.number()) {
            synchronized (this) {
                if (number != current.number() && building == null) {
                    Generation old = current;
                    current = open(number, store.terms());
                    lock.writeLock().lock();
                    try {
                        old.mapping().close();
                    } finally {
                        lock.writeLock().unlock();
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        Generation next = building;
        if (next != null) {
            next.mapping().close();
        }
        if (current != null) {
            current.mapping().close();
        }
    }
}
