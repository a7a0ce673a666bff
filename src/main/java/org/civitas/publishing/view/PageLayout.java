package org.civitas.publishing.view;

import java.util.List;
import java.util.Map;

/**
 * What every page of a site shows: its language, the theme's messages, the site's header and footer data,
 * navigation, breadcrumbs and the other sites of the cluster.
 *
 * @param lang the page's language tag
 * @param msg the theme's messages for the installation's language ({@code msg.<key>})
 * @param pageTitle the text of the {@code <title>} element
 * @param assets the path the theme's assets are served under
 * @param v the theme's version, for cache-busting asset links
 */
public record PageLayout(
        String lang,
        Map<String, String> msg,
        String pageTitle,
        String assets,
        String v,
        SiteInfo site,
        List<NavItem> nav,
        List<Crumb> breadcrumbs,
        List<Link> otherSites,
        SiteLinks links) {

    public PageLayout {
        msg = Map.copyOf(msg);
        nav = List.copyOf(nav);
        breadcrumbs = List.copyOf(breadcrumbs);
        otherSites = List.copyOf(otherSites);
    }

    /** The layout with another theme's messages (a page rendered by the default theme for a site's theme). */
    public PageLayout withMessages(Map<String, String> messages) {
        return new PageLayout(lang, messages, pageTitle, assets, v, site, nav, breadcrumbs, otherSites, links);
    }

    /**
     * The site in header and footer.
     *
     * @param home the address of the site's home page
     * @param logo the address of the site's logo, when it has one ({@code hasLogo})
     */
    public record SiteInfo(
            String name,
            String code,
            String home,
            String logo,
            boolean hasLogo,
            String primaryColour,
            String footerText,
            String partyLabel,
            String icpNumber,
            String policeNumber) {}

    /** A top channel in the main navigation; {@code current} when the page belongs to it. */
    public record NavItem(
            String name,
            String url,
            boolean current,
            boolean external,
            List<ChannelLink> children,
            boolean hasChildren) {

        public NavItem {
            children = List.copyOf(children);
        }
    }

    /** A channel as a link; {@code external} when it leaves the site, {@code current} for the page's own. */
    public record ChannelLink(String name, String url, boolean current, boolean external) {}

    /** A step of the breadcrumbs; the {@code last} is the page itself. */
    public record Crumb(String name, String url, boolean last) {}

    /** The addresses of the site's fixed pages. */
    public record SiteLinks(
            String home, String disclosure, String feedAtom, String feedRss, String sitemap, String search) {}
}
