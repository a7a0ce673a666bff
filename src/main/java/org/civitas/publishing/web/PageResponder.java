package org.civitas.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civitas.platform.SecurityHeaders;
import org.civitas.publishing.PublishingSettings;
import org.civitas.publishing.internal.CachedPage;
import org.springframework.stereotype.Component;

/**
 * Writes a rendered page: strong ETag per encoding, Last-Modified, 304 for a matching
 * {@code If-None-Match} (or, without one, a not older {@code If-Modified-Since}), the precompressed
 * bytes when the client accepts gzip, and the same headers whether the page came from the cache filter
 * or the controller.
 */
@Component
class PageResponder {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    private final String cacheControl;

    PageResponder(PublishingSettings settings) {
        long seconds = settings.pageMaxAge().toSeconds();
        this.cacheControl = seconds <= 0 ? "public, no-cache" : "public, max-age=" + seconds;
    }

    void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(request, response); // the cache filter answers before Spring Security's headers
        boolean gzip = page.gzip() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", gzip ? page.gzipEtag() : page.etag());
        response.setHeader("Last-Modified", page.lastModifiedHeader());
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        if (page.contentType().startsWith("text/html")) {
            response.setHeader("Content-Security-Policy", CSP);
        }
        byte[] body = gzip ? page.gzip() : page.plain();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** A page that is not cached (the theme's 404 page). */
    void sendUncached(
            int status, String contentType, byte[] body, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(status);
        SecurityHeaders.apply(request, response);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", CSP);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return page.matches(ifNoneMatch);
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && page.lastModified() <= since;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String coding = part.strip();
            int semicolon = coding.indexOf(';');
            String name =
                    semicolon < 0 ? coding : coding.substring(0, semicolon).strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                return semicolon < 0
                        || !coding.substring(semicolon).replace(" ", "").matches(";q=0(\\.0*)?");
            }
        }
        return false;
    }
}
