package org.civitas.publishing.internal;

import java.time.Clock;
import java.util.Optional;
import org.civitas.content.DisclosureFilter;
import org.civitas.platform.HostSettings;
import org.civitas.publishing.PublishingSettings;
import org.civitas.site.SiteView;
import org.springframework.stereotype.Component;

/**
 * Finds the site and page a public request names and gives its bytes, from the cache when they are
 * there. Sites are chosen by host; {@code /s/<siteCode>/…} works on any host; a host matching no site
 * gets the configured default site (the portal).
 */
@Component
public class PublicSite {

    /** A request resolved to a site: {@code path} is relative to the site (starts with {@code /} or is empty). */
    public record Target(Address address, String path) {

        public PageCache.Key key(String canonicalPath) {
            return new PageCache.Key(
                    address.site().id(),
                    address.prefix(),
                    address.byPath() ? address.origin() : "",
                    canonicalPath,
                    address.sitesByPath());
        }
    }

    private final SiteCluster cluster;
    private final PageCache cache;
    private final PageRenderer renderer;
    private final PublishingSettings settings;
    private final Clock clock;
    private final HostSettings hosts;

    PublicSite(
            SiteCluster cluster,
            PageCache cache,
            PageRenderer renderer,
            PublishingSettings settings,
            Clock clock,
            HostSettings hosts) {
        this.hosts = hosts;
        this.cluster = cluster;
        this.cache = cache;
        this.renderer = renderer;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The site and site-relative path of a request.
     *
     * @param requestOrigin scheme, host and port of the request, for absolute links of pages reached by path;
     *     used only when {@code host} is a site's domain or a configured host, never a name anyone can send
     */
    public Optional<Target> resolve(String host, String uri, String requestOrigin) {
        SiteClusterSnapshot snapshot = cluster.snapshot();
        if (uri.startsWith("/s/")) {
            int slash = uri.indexOf('/', 3);
            String code = slash < 0 ? uri.substring(3) : uri.substring(3, slash);
            String path = slash < 0 ? "" : uri.substring(slash);
            boolean trusted = hosts.trusts(host) || snapshot.byHost(host).isPresent();
            return snapshot.byCode(code)
                    .map(site -> new Target(
                            new Address(
                                    site,
                                    Address.pathPrefix(site),
                                    trusted && requestOrigin != null ? requestOrigin : hostOrigin(site, null)),
                            path));
        }
        if (snapshot.hiddenHost(host)) {
            return Optional.empty(); // a site not launched yet (or offline) is not replaced by another one
        }
        Optional<SiteView> byHost = snapshot.byHost(host);
        if (byHost.isPresent()) {
            return byHost.map(site -> new Target(new Address(site, "", hostOrigin(site, requestOrigin)), uri));
        }
        // a host that is no site's (localhost, a bare address) gets the fallback site, whose links to the
        // sites of the cluster go by path, so that every site can be reached from it on this host
        return snapshot.fallback()
                .map(site -> new Target(new Address(site, "", hostOrigin(site, requestOrigin), true), uri));
    }

    /** Whether the host is the domain of a site that the public may not see (建设中 or offline). */
    public boolean hidden(String host) {
        return cluster.snapshot().hiddenHost(host);
    }

    /**
     * The not-found page a hidden site's host answers with, in the look of the fallback site (the portal),
     * whose links then go by path; empty when there is no public fallback site.
     */
    public Optional<RenderedPage> hiddenSitePage() {
        return cluster.snapshot()
                .fallback()
                .map(fallback -> renderer.notFound(new Address(fallback, "", hostOrigin(fallback, null), true)));
    }

    /** The address of a site's pages as its own host serves them (and static export writes them). */
    public Address hostAddress(SiteView site) {
        return new Address(site, "", hostOrigin(site, null));
    }

    private String hostOrigin(SiteView site, String requestOrigin) {
        if (site.primaryDomain() != null || requestOrigin == null) {
            return settings.scheme() + "://" + (site.primaryDomain() == null ? "localhost" : site.primaryDomain());
        }
        return requestOrigin;
    }

    /** A cached page, if there is one for this page (never for filtered catalogues). */
    public CachedPage cached(Target target, PagePaths.Page page) {
        return cache.get(target.key(page.path()));
    }

    /**
     * The page, rendered and cached on the way when it is not cached; empty when the site has no such page.
     * A filtered disclosure catalogue is rendered each time and not cached.
     */
    public Optional<CachedPage> page(Target target, PagePaths.Page page, DisclosureFilter filter) {
        boolean cacheable = filter == null || filter.equals(DisclosureFilter.none());
        PageCache.Key key = target.key(page.path());
        if (cacheable) {
            CachedPage cached = cache.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        long generation = cache.generation(target.address().site().id());
        Optional<CachedPage> rendered =
                renderer.render(target.address(), page, filter).map(p -> CachedPage.of(p, clock.instant()));
        if (cacheable) {
            rendered.ifPresent(p -> cache.put(key, p, generation));
        }
        return rendered;
    }

    public RenderedPage notFound(Target target) {
        return renderer.notFound(target.address());
    }

    /** The themed "busy, try again" page (503) for a request turned away under a surge. */
    public RenderedPage busy(Target target) {
        return renderer.busy(target.address());
    }
}
