package org.civitas.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.civitas.search.SearchReindexed;
import org.civitas.search.SearchSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The public search's results, kept until a publication changes them: on the day of an earthquake
 * everyone searches the same few words, and ten thousand searches for 地震 should cost one. Keyed by the
 * normalised query (text, sites, filters, page); the results are data, not the rendered page, so the
 * page's language and theme are applied afresh to each.
 *
 * <p>Nothing is ever removed for a change: every key carries the generation of what it searched (its
 * one site's, or the whole cluster's for several sites), and a change moves that generation on after the
 * index holds it, so that a search that began before the change and ends after it stores its result
 * under a key no one asks for again. Old entries leave by the size bound.
 */
@Component
public class PublicSearchCache {

    private record Key(
            String text,
            boolean truncated,
            Set<Long> siteIds,
            Long channelId,
            String kind,
            LocalDate from,
            LocalDate to,
            boolean byDate,
            int page,
            boolean countOnly,
            long epoch,
            long generation) {}

    private final PublicSearcher searcher;
    private final SearchSettings settings;
    private final Cache<Key, Object> cache;
    /** Moves on with a rebuild of the index: every key changes. */
    private final AtomicLong epoch = new AtomicLong();
    /** Moves on with any change: the key of searches over several sites. */
    private final AtomicLong cluster = new AtomicLong();

    private final ConcurrentHashMap<Long, AtomicLong> bySite = new ConcurrentHashMap<>();

    PublicSearchCache(
            PublicSearcher searcher,
            SearchSettings settings,
            @Value("${civitas.search.result-cache-size:2000}") long size) {
        this.searcher = searcher;
        this.settings = settings;
        // a page of results with its snippets is a few kilobytes: 2,000 of them stay under 10 MB
        this.cache = Caffeine.newBuilder().maximumSize(size).build();
    }

    /** The results of {@link PublicSearcher#search}, searched once per normalised query and generation. */
    public PublicSearcher.Results search(PublicSearcher.Query query) {
        Key key = key(query, false);
        if (key == null) {
            return searcher.search(query);
        }
        // one search per key even when a thousand ask at once: the others wait for its result
        PublicSearcher.Results results =
                (PublicSearcher.Results) cache.get(key, k -> searcher.search(normalised(query, k)));
        if (results.failed()) {
            cache.invalidate(key); // the engine could not answer: the next visitor tries again
        }
        return results;
    }

    /** {@link PublicSearcher#count}, kept the same way. */
    public long count(PublicSearcher.Query query) {
        Key key = key(query, true);
        if (key == null) {
            return 0;
        }
        return (Long) cache.get(key, k -> searcher.count(normalised(query, k)));
    }

    /** After the index holds a change of these sites' public documents. */
    void changed(Collection<Long> siteIds) {
        for (long siteId : siteIds) {
            bySite.computeIfAbsent(siteId, id -> new AtomicLong()).incrementAndGet();
        }
        cluster.incrementAndGet();
    }

    @EventListener(SearchReindexed.class)
    void rebuilt() {
        epoch.incrementAndGet();
        cache.invalidateAll();
    }

    /** The key of a query, or null when there is nothing to search. */
    private Key key(PublicSearcher.Query q, boolean countOnly) {
        QueryText text = QueryText.of(q.text(), settings.maxQueryLength());
        if (text.empty()) {
            return null;
        }
        // runs of spaces separate words as one space does
        String words = text.text().replaceAll("\\s+", " ");
        Set<Long> sites = Set.copyOf(q.siteIds());
        long generation = sites.size() == 1
                ? bySite.computeIfAbsent(sites.iterator().next(), id -> new AtomicLong())
                        .get()
                : cluster.get();
        return new Key(
                words,
                text.truncated(),
                sites,
                q.channelId(),
                q.kind(),
                q.from(),
                q.to(),
                q.byDate(),
                countOnly ? 1 : Math.max(1, Math.min(q.page(), 1000)),
                countOnly,
                epoch.get(),
                generation);
    }

    private static PublicSearcher.Query normalised(PublicSearcher.Query q, Key k) {
        // a cut query goes as it came, so that the results still say it was cut
        String text = k.truncated() ? q.text() : k.text();
        return new PublicSearcher.Query(
                text, k.siteIds(), q.channelId(), q.kind(), q.from(), q.to(), q.byDate(), k.page());
    }
}
