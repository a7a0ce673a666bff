package org.civitas.publishing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.civitas.publishing.PublishingSettings;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.stereotype.Component;

/**
 * The current {@link SiteClusterSnapshot}, loaded on first use and again after any site or channel
 * change ({@link #invalidate()}), so that serving a page needs no database query to find its site.
 */
@Component
public class SiteCluster {

    private final SiteDirectory directory;
    private final PublishingSettings settings;
    private final AtomicReference<SiteClusterSnapshot> current = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    SiteCluster(SiteDirectory directory, PublishingSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    public SiteClusterSnapshot snapshot() {
        SiteClusterSnapshot snapshot = current.get();
        return snapshot != null ? snapshot : load();
    }

    public void invalidate() {
        generation.incrementAndGet();
        current.set(null);
    }

    private synchronized SiteClusterSnapshot load() {
        SiteClusterSnapshot snapshot = current.get();
        if (snapshot == null) {
            // a change committed while loading must not be hidden by the snapshot loaded before it
            long loading = generation.get();
            List<SiteView> sites = directory.all();
            Map<Long, List<ChannelView>> trees = new HashMap<>();
            sites.forEach(site -> trees.put(site.id(), directory.channels(site.id())));
            snapshot = new SiteClusterSnapshot(sites, trees, settings.defaultSite());
            if (generation.get() == loading) {
                current.set(snapshot);
            }
        }
        return snapshot;
    }
}
