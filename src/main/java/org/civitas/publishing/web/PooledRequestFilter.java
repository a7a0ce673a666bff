package org.civitas.publishing.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.civitas.publishing.internal.PageCache;
import org.civitas.publishing.internal.PublicSite;
import org.civitas.publishing.internal.RenderedPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs each expensive public request (search, filtered catalogues, the public article feed) inside its
 * kind's pool, or answers at once with 503 and {@code Retry-After} when the pool is full: the site's
 * themed "busy, try again" page, or a problem detail for the API. Placed right after the page cache
 * filter and before Spring Session and Security, so that a turned-away request costs next to nothing;
 * the busy page itself is rendered once per site and address and kept for a short while.
 */
class PooledRequestFilter implements Filter {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final PublicRequestPools pools;
    private final PublicSite site;
    private final PageResponder responder;
    private final MessageSource messages;
    // short-lived: the page shows the site's name and navigation, which an editor may change
    private final Cache<PageCache.Key, RenderedPage> busyPages = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofSeconds(30))
            .build();

    PooledRequestFilter(PublicRequestPools pools, PublicSite site, PageResponder responder, MessageSource messages) {
        this.pools = pools;
        this.site = site;
        this.responder = responder;
        this.messages = messages;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        PublicRequestPools.Kind kind = PublicRequestPools.Kind.of(request);
        if (kind == null) {
            chain.doFilter(req, res);
            return;
        }
        PublicRequestPools.Pool pool = pools.pool(kind);
        if (!pool.tryEnter()) {
            busy(kind, request, (HttpServletResponse) res);
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            pool.leave();
        }
    }

    private void busy(PublicRequestPools.Kind kind, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long seconds = pools.retryAfterSeconds();
        response.setHeader("Retry-After", String.valueOf(seconds));
        if (kind == PublicRequestPools.Kind.API) {
            String detail = messages.getMessage(
                    "publishing.busy", new Object[] {seconds}, "publishing.busy", request.getLocale());
            // the same problem detail the API's other refusals carry, written by Jackson (not by hand: no escaping to
            // miss)
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
            byte[] body = JSON.writeValueAsBytes(problem);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        String uri = request.getRequestURI();
        Optional<PublicSite.Target> target =
                site.resolve(request.getServerName(), uri, CachedPageFilter.origin(request, uri));
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        RenderedPage page = busyPages.get(target.get().key("/busy"), k -> site.busy(target.get()));
        responder.sendUncached(503, page.contentType(), page.body(), request, response);
    }
}
