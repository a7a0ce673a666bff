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
 * @param site the site: name, logo, colours, footer and registration numbers
 * @param nav the top channels of the main navigation
 * @param breadcrumbs the way from the home page to this page
 * @param otherSites the other public sites of the cluster, for the footer
 * @param links the addresses of the site's fixed pages (home, disclosure, feeds, sitemap, search)
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
     * @param name the site's name
     * @param code the national site code (网站标识码)
     * @param home the address of the site's home page
     * @param logo the address of the site's logo, if it has one
     * @param hasLogo whether the site has a logo
     * @param primaryColour a CSS colour chosen for the site, if any
     * @param footerText the site's own footer line, if any
     * @param partyLabel the 党政机关网站标识 text, if registered
     * @param icpNumber the ICP filing number, if any
     * @param policeNumber the public-security filing number, if any
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

    /**
     * A top channel in the main navigation.
     *
     * @param current whether the page belongs to this channel
     * @param external whether the link leaves the site
     * @param children its shown sub-channels
     * @param hasChildren whether it has any shown sub-channels
     */
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
