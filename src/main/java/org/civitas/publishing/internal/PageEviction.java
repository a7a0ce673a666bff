package org.civitas.publishing.internal;

import org.civitas.content.PublicContentChanged;
import org.civitas.publishing.AppearanceChanged;
import org.civitas.publishing.ThemeApproved;
import org.civitas.publishing.ThemeInstalled;
import org.civitas.site.BlueprintApplied;
import org.civitas.site.ChannelAdded;
import org.civitas.site.ChannelChanged;
import org.civitas.site.ChannelRemoved;
import org.civitas.site.SiteChanged;
import org.civitas.site.SiteCreated;
import org.civitas.site.SiteStatusChanged;
import org.civitas.site.SiteView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps cached pages true to the committed state. A content change evicts, on every site that shows
 * or showed the article, the pages that list or show it ({@link AffectedPages}); a site or channel
 * change reloads the cluster and evicts every page, since navigation, footers and the links between
 * sites are on all of them. The other copies of the application hear of each eviction through
 * {@link PeerEviction}.
 */
@Component
class PageEviction {

    private final PageCache cache;
    private final SiteCluster cluster;
    private final AppearanceStore appearances;
    private final PeerEviction peers;

    PageEviction(PageCache cache, SiteCluster cluster, AppearanceStore appearances, PeerEviction peers) {
        this.cache = cache;
        this.cluster = cluster;
        this.appearances = appearances;
        this.peers = peers;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublicContentChanged event) {
        SiteClusterSnapshot snapshot = cluster.snapshot();
        for (long siteId : event.siteIds()) {
            var affected = AffectedPages.of(event, snapshot.channels(siteId));
            cache.evict(siteId, affected::contains);
            peers.changed(siteId);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AppearanceChanged event) {
        appearances.forget(event.siteId());
        cache.evictSite(event.siteId());
        peers.changed(event.siteId());
    }

    /** Every site naming the theme shows the new package (also those that fell back to the default before). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ThemeInstalled event) {
        for (SiteView site : cluster.snapshot().publicSites()) {
            if (event.name().equals(site.theme())) {
                cache.evictSite(site.id());
            }
        }
        peers.changed(null); // the other copies reload their themes too
    }

    /** An approved package goes live as an installed one does. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ThemeApproved event) {
        on(new ThemeInstalled(event.name(), event.version(), true));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SiteCreated event) {
        clusterChanged();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SiteChanged event) {
        clusterChanged();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SiteStatusChanged event) {
        clusterChanged();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ChannelAdded event) {
        clusterChanged();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ChannelChanged event) {
        clusterChanged();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ChannelRemoved event) {
        clusterChanged();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(BlueprintApplied event) {
        clusterChanged();
    }

    private void clusterChanged() {
        cluster.invalidate();
        cache.evictAll();
        peers.changed(null);
    }
}
