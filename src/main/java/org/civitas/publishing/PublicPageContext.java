package org.civitas.publishing;

import org.civitas.site.SiteView;

/**
 * A public request resolved to a site.
 *
 * @param site the site whose page is asked for
 * @param prefix {@code /s/<siteCode>} when reached by path, empty when reached by the site's host
 * @param origin scheme, host and port that absolute links start with
 * @param sitesByPath whether links to sites go by {@code /s/<siteCode>/} although the page was reached by
 *     host (the fallback site of a host that matches no site)
 */
public record PublicPageContext(SiteView site, String prefix, String origin, boolean sitesByPath) {}
