package org.civitas.publishing.web;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.civitas.identity.AccessControl;
import org.civitas.platform.NotFoundException;
import org.civitas.publishing.internal.Address;
import org.civitas.publishing.internal.DisclosureQuery;
import org.civitas.publishing.internal.PagePaths;
import org.civitas.publishing.internal.PageRenderer;
import org.civitas.publishing.internal.RenderedPage;
import org.civitas.publishing.internal.SiteCluster;
import org.civitas.site.SiteService;
import org.civitas.site.SiteView;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A site's pages as the public will see them, for its administrators only, whatever its status: a site
 * still being built (建设中) is not public, so this is where it is checked before it is launched. Pages
 * are rendered for each request, never cached, never indexed; their links, pictures and attachments stay
 * inside the preview.
 */
@Controller
class SitePreviewController {

    private final SiteService sites;
    private final SiteCluster cluster;
    private final PageRenderer renderer;
    private final AccessControl access;
    private final SiteFileLookup files;

    SitePreviewController(
            SiteService sites, SiteCluster cluster, PageRenderer renderer, AccessControl access, SiteFileLookup files) {
        this.files = files;
        this.sites = sites;
        this.cluster = cluster;
        this.renderer = renderer;
        this.access = access;
    }

    static String prefix(long siteId) {
        return "/admin/sites/" + siteId + "/preview";
    }

    /** The pictures and attachments of the previewed pages, as the public file path will serve them after launch. */
    @GetMapping("/admin/sites/{siteId}/preview/files/{key:[A-Za-z0-9_-]{20,36}}/{name}")
    ResponseEntity<Resource> file(@PathVariable long siteId, @PathVariable String key) {
        requireAdministrator(siteId);
        return files.of(siteId, key, CacheControl.noStore())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping({"/admin/sites/{siteId}/preview", "/admin/sites/{siteId}/preview/**"})
    void preview(
            @PathVariable long siteId,
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String authority,
            @RequestParam(required = false) String year)
            throws IOException {
        requireAdministrator(siteId);
        SiteView site = cluster.snapshot().anyById(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
        String prefix = prefix(siteId);
        String path = request.getRequestURI().substring(prefix.length());
        Address address = new Address(site, prefix, origin(request));
        Optional<RenderedPage> page = PagePaths.parse(path.isEmpty() ? "/" : path)
                .flatMap(p -> renderer.render(
                        address,
                        p,
                        p.kind() == PagePaths.Kind.DISCLOSURE
                                ? DisclosureQuery.parse(subject, authority, year)
                                : null));
        RenderedPage shown = page.orElseGet(() -> renderer.notFound(address));
        response.setStatus(shown.status());
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", PageResponder.CSP);
        response.setContentType(shown.contentType());
        response.setContentLength(shown.body().length);
        response.getOutputStream().write(shown.body());
    }

    private void requireAdministrator(long siteId) {
        var user = access.requireUser();
        if (!user.has(SITE_CREATE) && !user.has(SITE_MANAGE) || !sites.canManage(siteId)) {
            throw new AccessDeniedException("not an administrator of site " + siteId);
        }
    }

    private static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
