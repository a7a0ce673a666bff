package org.civitas.site.internal;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import java.util.List;
import org.civitas.platform.HomeContributor;
import org.springframework.stereotype.Component;

/** Where a site administrator starts on the console home: the sites and the channel blueprints. */
@Component
class SitesOnHome implements HomeContributor {

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut("site.home.sites", "site.home.sites.hint", "/admin/sites", "globe2", 600, SITE_MANAGE),
                new Shortcut(
                        "site.home.blueprints",
                        "site.home.blueprints.hint",
                        "/admin/blueprints",
                        "diagram-2",
                        610,
                        SITE_CREATE));
    }
}
