package org.civitas.site;

import java.util.List;

/**
 * Sites of the cluster. Creating sites and assigning administrators needs {@link SitePermissions#SITE_CREATE};
 * managing a site needs {@link SitePermissions#SITE_MANAGE} and being one of its administrators (or
 * {@code site:create}).
 */
public interface SiteService {

    /** Creates the site with every channel of its blueprint, in one transaction. */
    SiteView create(SiteDraft site);

    /** The sites the current user may manage, in tree order (parents before children). */
    List<SiteView> manageable();

    SiteView get(long id);

    SiteView change(long id, SiteDetailsDraft change);

    SiteView changeStatus(long id, SiteStatus status);

    /**
     * Corrects a site's national site code (网站标识码) recorded wrongly; for the cluster administrator
     * ({@code site:create}) only, audited with the code before and after. Links by path ({@code /s/<code>/})
     * follow the new code.
     */
    SiteView correctSiteCode(long id, String siteCode);

    SiteView addAdministrator(long id, String username);

    SiteView removeAdministrator(long id, long userId);

    /** Whether the current user may manage the site. */
    boolean canManage(long id);
}
