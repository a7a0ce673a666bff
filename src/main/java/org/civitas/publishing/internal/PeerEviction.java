package org.civitas.publishing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the other copies of the application true to what this one changed, and this one to theirs.
 * Every copy caches rendered pages and the site tree in memory and evicts them on the events of its own
 * writes ({@link PageEviction}); it also notes each eviction in {@code publishing_change}, and every few
 * seconds ({@code civitas.publishing.peer-sync}) reads what the others noted since its last look: a
 * site's pages are evicted, a cluster change (sites, channels, an installed theme) reloads the site tree
 * and the themes and evicts everything. A copy skips
 * its own notes. Notes older than a day are removed.
 */
@Component
class PeerEviction {

    private static final Logger log = LoggerFactory.getLogger(PeerEviction.class);
    private static final Duration KEEP = Duration.ofDays(1);

    private record Change(long id, String node, Long siteId) {}

    private final JdbcClient jdbc;
    private final PageCache cache;
    private final SiteCluster cluster;
    private final AppearanceStore appearances;
    private final ThemeRegistry themes;
    private final Clock clock;
    private final TransactionTemplate own;
    private final String node = UUID.randomUUID().toString();
    private volatile long seen = -1;
    private volatile Instant purged = Instant.EPOCH;

    PeerEviction(
            JdbcClient jdbc,
            PageCache cache,
            SiteCluster cluster,
            AppearanceStore appearances,
            ThemeRegistry themes,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.cluster = cluster;
        this.appearances = appearances;
        this.themes = themes;
        this.clock = clock;
        // called after a writer's commit: a transaction of its own, not the writer's finished one (whose
        // session would take a connection and keep it until the request ends; see search's IndexDocumentBuilder)
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Notes that this copy evicted the pages of {@code siteId} (null: the whole cluster). */
    void changed(Long siteId) {
        try {
            own.executeWithoutResult(
                    status -> jdbc.sql("insert into publishing_change (node, site_id, changed_at) values (?, ?, ?)")
                            .params(node, siteId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                            .update());
        } catch (RuntimeException e) {
            // this copy is already right; the others catch up with the next change or their restart
            log.warn("Could not note a page change for the other copies: {}", e.getMessage());
        }
    }

    /** Reads what the other copies changed since the last look and evicts it here. */
    @Scheduled(
            fixedDelayString = "${civitas.publishing.peer-sync:2s}",
            initialDelayString = "${civitas.publishing.peer-sync:2s}")
    void follow() {
        try {
            if (seen < 0) {
                seen = jdbc.sql("select coalesce(max(id), 0) from publishing_change")
                        .query(Long.class)
                        .single();
                return;
            }
            List<Change> changes = jdbc.sql("select id, node, site_id from publishing_change where id > ? order by id")
                    .param(seen)
                    .query((rs, n) ->
                            new Change(rs.getLong("id"), rs.getString("node"), rs.getObject("site_id", Long.class)))
                    .list();
            apply(changes);
            purge();
        } catch (RuntimeException e) {
            log.warn("Could not read the other copies' page changes: {}", e.getMessage());
        }
    }

    private void apply(List<Change> changes) {
        // an import notes thousands of changes of the same few sites: each site is evicted once
        Set<Long> sites = new HashSet<>();
        boolean everything = false;
        for (Change change : changes) {
            seen = Math.max(seen, change.id());
            if (!node.equals(change.node())) {
                everything |= change.siteId() == null;
                if (change.siteId() != null) {
                    sites.add(change.siteId());
                }
            }
        }
        sites.forEach(appearances::forget);
        if (everything) {
            cluster.invalidate();
            themes.forgetAll();
            cache.evictAll();
        } else {
            sites.forEach(cache::evictSite);
        }
    }

    private void purge() {
        Instant now = clock.instant();
        if (Duration.between(purged, now).compareTo(Duration.ofHours(1)) < 0) {
            return;
        }
        purged = now;
        jdbc.sql("delete from publishing_change where changed_at < ?")
                .param(OffsetDateTime.ofInstant(now.minus(KEEP), ZoneOffset.UTC))
                .update();
    }
}
