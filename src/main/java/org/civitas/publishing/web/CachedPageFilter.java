package org.civitas.publishing.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.civitas.publishing.internal.CachedPage;
import org.civitas.publishing.internal.PagePaths;
import org.civitas.publishing.internal.PublicSite;

/**
 * Answers GET and HEAD for cached public pages before Spring Session and Spring Security run: no
 * session, no security context, no database, only a map lookup and a write of precomputed bytes.
 * Everything else (misses, filtered catalogues, other paths) goes on down the chain.
 */
class CachedPageFilter implements Filter {

    private final PublicSite site;
    private final PageResponder responder;

    CachedPageFilter(PublicSite site, PageResponder responder) {
        this.site = site;
        this.responder = responder;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            CachedPage page = lookup(request);
            if (page != null) {
                responder.send(page, request, (HttpServletResponse) res);
                return;
            }
        }
        chain.doFilter(req, res);
    }

    private CachedPage lookup(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (!request.getContextPath().isEmpty() || uri.startsWith("/admin") || uri.startsWith("/api/")) {
            return null;
        }
        Optional<PublicSite.Target> target = site.resolve(host(request), uri, origin(request, uri));
        if (target.isEmpty()) {
            return null;
        }
        Optional<PagePaths.Page> page = PagePaths.parse(target.get().path());
        // a filtered catalogue is rendered each time; parameters rather than the raw query string, so that a
        // request whose parameters arrive otherwise (a forward, a test client) is not served the unfiltered page
        if (page.isEmpty()
                || (page.get().kind() == PagePaths.Kind.DISCLOSURE
                        && !request.getParameterMap().isEmpty())) {
            return null;
        }
        return site.cached(target.get(), page.get());
    }

    /**
     * The host the client asked for. Forwarded headers are not read here: Tomcat's remote IP valve has
     * already applied them when, and only when, the request came from a trusted proxy.
     */
    static String host(HttpServletRequest request) {
        return request.getServerName();
    }

    static String origin(HttpServletRequest request, String uri) {
        if (!uri.startsWith("/s/")) {
            return null; // only pages reached by path put the request's origin into their links
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
