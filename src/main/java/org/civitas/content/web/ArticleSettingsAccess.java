package org.civitas.content.web;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.platform.PageGuard;
import org.civitas.site.SiteService;
import org.civitas.workflow.WorkflowPermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may open the article settings (栏目审核与索引号): an administrator of the site ({@code site:manage} or
 * {@code site:create}, and the site among those they manage) who may also read review chains, since the page
 * chooses them. The page and its menu entry ask this one check, so that the entry is shown only to those the
 * page admits (issue 11: a county administrator without {@code reviewchain:read} saw it and was refused).
 */
@Configuration(proxyBeanMethods = false)
class ArticleSettingsAccess {

    private final AccessControl access;
    private final SiteService sites;

    ArticleSettingsAccess(AccessControl access, SiteService sites) {
        this.access = access;
        this.sites = sites;
    }

    /** The check of the settings' menu entry, which the module's menu ({@code ContentPermissionsAndMenu}) asks. */
    @Bean
    PageGuard articleSettingsGuard() {
        return this::admitsAnySite;
    }

    /** Whether the current user may open the settings of at least one site. */
    boolean admitsAnySite() {
        return access.currentUser()
                        .filter(ArticleSettingsAccess::holdsPermissions)
                        .isPresent()
                && !sites.manageable().isEmpty();
    }

    /** Refuses unless the current user may open the settings of this site. */
    void require(long siteId) {
        if (!holdsPermissions(access.requireUser()) || !sites.canManage(siteId)) {
            throw new AccessDeniedException("not an administrator of site " + siteId + " who may read review chains");
        }
    }

    private static boolean holdsPermissions(CivitasUser user) {
        return (user.has(SITE_CREATE) || user.has(SITE_MANAGE)) && user.has(WorkflowPermissions.CHAIN_READ);
    }
}
