package org.civitas.site.internal;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The site-scoped permission model: {@code site:create} manages every site; {@code site:manage}
 * manages only the sites that list the user as one of their administrators.
 */
@Component
class SiteAccess {

    private final AccessControl access;

    SiteAccess(AccessControl access) {
        this.access = access;
    }

    boolean clusterAdministrator() {
        return access.currentUser().map(u -> u.has(SITE_CREATE)).orElse(false);
    }

    boolean canManage(Site site) {
        return access.currentUser().map(u -> canManage(u, site)).orElse(false);
    }

    private static boolean canManage(CivitasUser user, Site site) {
        return user.has(SITE_CREATE) || user.has(SITE_MANAGE) && site.administeredBy(user.id());
    }

    void requireManage(Site site) {
        if (!canManage(site)) {
            throw new AccessDeniedException("not an administrator of site " + site.siteCode());
        }
    }
}
