package org.civitas.publishing;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.civitas.publishing.view.PageContent;
import org.civitas.publishing.view.Pager;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;

/**
 * Lets another module answer a public request with a page in the site's own theme, for pages that are
 * not articles or channels (search results). Such pages are rendered for each request and never cached.
 */
public interface PublicPageRenderer {

    /**
     * The site a public request names (by {@code /s/<code>/…} or by host) and how its links are written.
     *
     * @param requestOrigin scheme, host and port of the request
     */
    Optional<PublicPageContext> resolve(String host, String uri, String requestOrigin);

    /** The sites the public may see, in cluster order. */
    List<SiteView> publicSites();

    /**
     * Every channel of a site, parents before their children, from the cluster's snapshot in memory: a page
     * that names the channels of its results asks here rather than the database, once per result.
     */
    List<ChannelView> channels(long siteId);

    /** A link to the article's page on {@code siteId}, as seen from the page being rendered. */
    String articleLink(PublicPageContext context, long siteId, long articleId);

    /** A link to a page of the context's site, e.g. {@code /search}. */
    String link(PublicPageContext context, String path);

    /**
     * The theme's template {@code template} (the default theme's when the site's theme lacks it) with the
     * shared page data (header, navigation, footer) under {@code page}, as HTML.
     *
     * @param titleKey the theme message that names the page
     */
    String render(PublicPageContext context, String template, String titleKey, PageContent page);

    /** The theme's pager data, as the channel pages have it. */
    Pager pager(int current, int total, IntFunction<String> url);
}
