package org.civitas.publishing.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.civitas.publishing.PublishingSettings;
import org.springframework.stereotype.Component;

/**
 * Rendered pages as bytes, bounded by memory. Each site has a generation that every eviction of its
 * pages advances; a page rendered before an eviction is not stored after it, so a withdrawn article
 * cannot come back from a render that was running while it was withdrawn.
 */
@Component
public class PageCache {

    /**
     * The identity of a cached page.
     *
     * @param prefix {@code /s/<code>} for pages reached by path, empty for pages reached by host
     * @param origin the origin of absolute links for pages reached by path, empty otherwise
     * @param path the canonical site-relative path ({@link PagePaths})
     * @param sitesByPath whether the page links the sites by path although reached by host (the fallback site)
     */
    public record Key(long siteId, String prefix, String origin, String path, boolean sitesByPath) {

        public Key(long siteId, String prefix, String origin, String path) {
            this(siteId, prefix, origin, path, false);
        }
    }

    private final Cache<Key, CachedPage> pages;
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    PageCache(PublishingSettings settings) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.cacheSize().toBytes())
                .weigher((Key key, CachedPage page) -> page.weight())
                .build();
    }

    public CachedPage get(Key key) {
        return pages.getIfPresent(key);
    }

    public long generation(long siteId) {
        return generations.computeIfAbsent(siteId, id -> new AtomicLong()).get();
    }

    /** Stores the page unless its site's pages were evicted since {@code generation} was read. */
    public void put(Key key, CachedPage page, long generation) {
        AtomicLong current = generations.computeIfAbsent(key.siteId(), id -> new AtomicLong());
        if (current.get() == generation) {
            pages.put(key, page);
            // an eviction between the check and the put must still win
            if (current.get() != generation) {
                pages.invalidate(key);
            }
        }
    }

    /** Evicts the site's pages whose canonical path matches. */
    public void evict(long siteId, Predicate<String> paths) {
        generations.computeIfAbsent(siteId, id -> new AtomicLong()).incrementAndGet();
        pages.asMap().keySet().removeIf(key -> key.siteId() == siteId && paths.test(key.path()));
    }

    public void evictSite(long siteId) {
        evict(siteId, path -> true);
    }

    public void evictAll() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        pages.invalidateAll();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
