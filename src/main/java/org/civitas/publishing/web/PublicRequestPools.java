package org.civitas.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bulkhead per kind of expensive public request: a request enters when its kind has a free place and
 * is turned away at once otherwise, never queued (a queue would hold a Tomcat thread per waiting visitor,
 * and under a surge the threads are what cached pages need). Hand-written rather than Resilience4j's
 * Bulkhead: a counter with a limit that can change at run time is all it takes, and none of the library's
 * waiting, metrics or Spring integration is wanted here. A bean of {@link PublishingWebConfiguration}.
 */
class PublicRequestPools {

    /** The kinds of request that are pooled; everything else (cached pages, assets, health) never is. */
    enum Kind {
        SEARCH,
        CATALOGUE,
        API;

        /** The kind of a GET or HEAD request, or null when it is not pooled. */
        static Kind of(HttpServletRequest request) {
            String method = request.getMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)
                    || !request.getContextPath().isEmpty()) {
                return null;
            }
            String uri = request.getRequestURI();
            if (uri.startsWith("/api/")) {
                return uri.startsWith("/api/v1/sites/") && uri.endsWith("/articles") ? API : null;
            }
            if (uri.startsWith("/admin") || uri.startsWith("/assets/") || uri.startsWith("/actuator/")) {
                return null;
            }
            String path = uri;
            if (uri.startsWith("/s/")) {
                int slash = uri.indexOf('/', 3);
                path = slash < 0 ? "" : uri.substring(slash);
            }
            if (path.equals("/search")) {
                return SEARCH;
            }
            // an unfiltered catalogue is a cached page; only its filtered forms are rendered every time
            if (path.startsWith("/disclosure") && !request.getParameterMap().isEmpty()) {
                return CATALOGUE;
            }
            return null;
        }
    }

    /** A limit and the number of requests inside it. */
    static final class Pool {
        private final AtomicInteger inside = new AtomicInteger();
        private volatile int limit;

        Pool(int limit) {
            this.limit = limit;
        }

        boolean tryEnter() {
            while (true) {
                int n = inside.get();
                if (n >= limit) {
                    return false;
                }
                if (inside.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
        }

        void leave() {
            inside.decrementAndGet();
        }

        int limit() {
            return limit;
        }

        int inside() {
            return inside.get();
        }
    }

    private final Map<Kind, Pool> pools = new EnumMap<>(Kind.class);
    private final PublicPoolSettings settings;

    PublicRequestPools(PublicPoolSettings settings) {
        this.settings = settings;
        pools.put(Kind.SEARCH, new Pool(settings.search()));
        pools.put(Kind.CATALOGUE, new Pool(settings.catalogue()));
        pools.put(Kind.API, new Pool(settings.api()));
    }

    Pool pool(Kind kind) {
        return pools.get(kind);
    }

    /** Changes a pool's size at run time (requests already inside finish); returns the previous size. */
    int resize(Kind kind, int limit) {
        Pool pool = pools.get(kind);
        int previous = pool.limit;
        pool.limit = Math.max(0, limit);
        return previous;
    }

    long retryAfterSeconds() {
        return Math.max(1, settings.retryAfter().toSeconds());
    }
}
