package org.civitas.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.civitas.publishing.internal.CachedPage;
import org.civitas.publishing.internal.DisclosureQuery;
import org.civitas.publishing.internal.PagePaths;
import org.civitas.publishing.internal.PublicSite;
import org.civitas.publishing.internal.RenderedPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public pages that the cache filter did not answer: renders them (filling the cache) or answers with
 * the theme's 404 page. Without any site yet (a new installation), {@code /} leads to the console.
 */
@Controller
class PublicSiteController {

    private final PublicSite site;
    private final PageResponder responder;

    PublicSiteController(PublicSite site, PageResponder responder) {
        this.site = site;
        this.responder = responder;
    }

    @GetMapping({
        "/",
        "/index.html",
        "/c/**",
        "/a/**",
        "/disclosure/**",
        "/feed.atom",
        "/feed.rss",
        "/sitemap.xml",
        "/s/{siteCode}",
        "/s/{siteCode}/",
        "/s/{siteCode}/index.html",
        "/s/{siteCode}/c/**",
        "/s/{siteCode}/a/**",
        "/s/{siteCode}/disclosure/**",
        "/s/{siteCode}/feed.atom",
        "/s/{siteCode}/feed.rss",
        "/s/{siteCode}/sitemap.xml"
    })
    void page(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String authority,
            @RequestParam(required = false) String year)
            throws IOException {
        String uri = request.getRequestURI();
        Optional<PublicSite.Target> target =
                site.resolve(request.getServerName(), uri, CachedPageFilter.origin(request, uri));
        if (target.isEmpty()) {
            Optional<RenderedPage> hidden =
                    site.hidden(request.getServerName()) ? site.hiddenSitePage() : Optional.empty();
            if (hidden.isPresent()) {
                responder.sendUncached(
                        404, hidden.get().contentType(), hidden.get().body(), request, response);
            } else if (uri.equals("/") && !site.hidden(request.getServerName())) {
                response.sendRedirect("/admin");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        Optional<PagePaths.Page> page = PagePaths.parse(target.get().path());
        Optional<CachedPage> rendered = page.flatMap(p -> site.page(
                target.get(),
                p,
                p.kind() == PagePaths.Kind.DISCLOSURE ? DisclosureQuery.parse(subject, authority, year) : null));
        if (rendered.isPresent()) {
            responder.send(rendered.get(), request, response);
        } else {
            RenderedPage notFound = site.notFound(target.get());
            responder.sendUncached(404, notFound.contentType(), notFound.body(), request, response);
        }
    }
}
