package org.civitas.publishing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteView;

/**
 * Every site with its channels, as one immutable value: host and path resolution and page navigation
 * read it without touching the database; site and channel events replace it.
 */
public final class SiteClusterSnapshot {

    private final List<SiteView> sites;
    private final Map<Long, SiteView> byId = new HashMap<>();
    private final Map<String, SiteView> byDomain = new HashMap<>();
    private final Map<String, SiteView> byCode = new HashMap<>();
    private final Map<Long, SiteChannels> channels = new HashMap<>();
    private final SiteView fallback;

    SiteClusterSnapshot(List<SiteView> sites, Map<Long, List<ChannelView>> trees, String defaultSite) {
        this.sites = List.copyOf(sites);
        for (SiteView site : sites) {
            byId.put(site.id(), site);
            byCode.put(site.siteCode(), site);
            site.domains().forEach(d -> byDomain.put(d.toLowerCase(Locale.ROOT), site));
            channels.put(site.id(), new SiteChannels(trees.getOrDefault(site.id(), List.of())));
        }
        SiteView configured = defaultSite == null ? null : byCode.get(defaultSite.strip());
        this.fallback = configured != null
                ? configured
                : sites.stream()
                        .filter(s -> s.parentId() == null && s.kind() == SiteKind.PORTAL)
                        .findFirst()
                        .orElse(null);
    }

    /** The sites that the public may see (launched: online), in tree order. */
    public List<SiteView> publicSites() {
        return sites.stream().filter(SiteClusterSnapshot::isPublic).toList();
    }

    public Optional<SiteView> byId(long id) {
        return Optional.ofNullable(byId.get(id)).filter(SiteClusterSnapshot::isPublic);
    }

    public Optional<SiteView> byHost(String host) {
        return host == null
                ? Optional.empty()
                : Optional.ofNullable(byDomain.get(host.toLowerCase(Locale.ROOT)))
                        .filter(SiteClusterSnapshot::isPublic);
    }

    public Optional<SiteView> byCode(String code) {
        return Optional.ofNullable(byCode.get(code)).filter(SiteClusterSnapshot::isPublic);
    }

    /**
     * Whether the host is a domain of a site the public may not see (still being built, or offline): such a
     * host gets a not-found page, never the fallback site in its place.
     */
    public boolean hiddenHost(String host) {
        return host != null
                && Optional.ofNullable(byDomain.get(host.toLowerCase(Locale.ROOT)))
                        .filter(site -> !isPublic(site))
                        .isPresent();
    }

    /** Any site, launched or not: for its administrators' preview and for reasons given to operators. */
    public Optional<SiteView> anyById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<SiteView> anyByCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The site a host matching no site gets, if it may be shown. */
    public Optional<SiteView> fallback() {
        return Optional.ofNullable(fallback).filter(SiteClusterSnapshot::isPublic);
    }

    public SiteChannels channels(long siteId) {
        return channels.getOrDefault(siteId, new SiteChannels(List.of()));
    }

    /**
     * Only launched sites are served, listed, searched and exported; a site still being built (建设中) is
     * seen by its administrators through the console's preview, an offline one by nobody.
     */
    static boolean isPublic(SiteView site) {
        return site.launched();
    }

    /** The channel tree of one site, indexed by code and id. */
    public static final class SiteChannels {

        private final List<ChannelView> roots;
        private final Map<String, ChannelView> byCode = new LinkedHashMap<>();
        private final Map<Long, ChannelView> byId = new HashMap<>();

        SiteChannels(List<ChannelView> roots) {
            this.roots = List.copyOf(roots);
            index(roots);
        }

        private void index(List<ChannelView> level) {
            for (ChannelView channel : level) {
                byCode.put(channel.code(), channel);
                byId.put(channel.id(), channel);
                index(channel.children());
            }
        }

        public List<ChannelView> roots() {
            return roots;
        }

        public List<ChannelView> all() {
            return List.copyOf(byCode.values());
        }

        public Optional<ChannelView> byCode(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        public Optional<ChannelView> byId(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        /** The channel and its ancestors, root first. */
        public List<ChannelView> path(ChannelView channel) {
            List<ChannelView> path = new ArrayList<>();
            for (ChannelView c = channel; c != null; c = c.parentId() == null ? null : byId.get(c.parentId())) {
                path.addFirst(c);
            }
            return path;
        }
    }
}
