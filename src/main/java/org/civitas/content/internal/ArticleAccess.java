package org.civitas.content.internal;

import org.civitas.content.ContentPermissions;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.site.SiteView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The editors' permission model: {@code content:write} over a scope of organisations; a site's articles
 * are writable when the site's organisation lies in that scope.
 */
@Component
class ArticleAccess {

    private final AccessControl access;

    ArticleAccess(AccessControl access) {
        this.access = access;
    }

    OrganisationScope scope() {
        return access.currentUser().filter(u -> u.has(ContentPermissions.WRITE)).isPresent()
                ? access.scope(ContentPermissions.WRITE)
                : OrganisationScope.NOTHING;
    }

    /** The organisations whose sites the current user may share from or pull into: {@code content:share} within {@code content:write}. */
    boolean canShare(long organisationId) {
        return scope().contains(organisationId)
                && access.currentUser()
                        .filter(u -> u.has(ContentPermissions.SHARE))
                        .isPresent()
                && access.scope(ContentPermissions.SHARE).contains(organisationId);
    }

    void requireShare(long organisationId, String what) {
        if (!canShare(organisationId)) {
            throw new AccessDeniedException("content:share outside scope: " + what);
        }
    }

    boolean canWrite(SiteView site) {
        return scope().contains(site.organisationId());
    }

    void requireWrite(long organisationId, String what) {
        if (!scope().contains(organisationId)) {
            throw new AccessDeniedException("content:write outside scope: " + what);
        }
    }

    /** Who acts, as the audit trail names them: the signed-in user, an operator, or {@code system} for jobs. */
    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
