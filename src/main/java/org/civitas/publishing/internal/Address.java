package org.civitas.publishing.internal;

import org.civitas.site.SiteView;

/**
 * How a page of a site was reached, which decides its links.
 *
 * @param site the site whose page it is
 * @param prefix {@code /s/<siteCode>} when reached by path (then every link, also to other sites,
 *     stays on this host with such a prefix), or empty when reached by the site's own host
 * @param origin scheme, host and port that absolute links (feeds, sitemap) start with
 * @param sitesByPath whether links to sites (this one included) go through {@code /s/<siteCode>/} even
 *     though the page was reached by host: true for the fallback site of a host that matches no site (a
 *     single-host install, the demo on localhost), where the other sites' domains need not resolve
 */
public record Address(SiteView site, String prefix, String origin, boolean sitesByPath) {

    public Address(SiteView site, String prefix, String origin) {
        this(site, prefix, origin, false);
    }

    public static String pathPrefix(SiteView site) {
        return "/s/" + site.siteCode();
    }

    public boolean byPath() {
        return !prefix.isEmpty();
    }

    /** The base of links to {@code other} (empty for this site reached by its own host). */
    public String base(SiteView other) {
        if (byPath() || sitesByPath) {
            return pathPrefix(other);
        }
        if (other.id() == site.id()) {
            return "";
        }
        return other.primaryDomain() != null ? "//" + other.primaryDomain() : pathPrefix(other);
    }

    /** A link to a page of this site. */
    public String link(String path) {
        return prefix + path;
    }

    public String absolute(String path) {
        return origin + prefix + path;
    }
}
