package org.civitas.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers every page carries, also those answered before Spring Security runs (the page
 * cache, the console host binding): the same values Spring Security writes for the rest, so that no
 * path of a response goes without them.
 */
public final class SecurityHeaders {

    /** One year, subdomains included, as Spring Security writes it; only ever sent over HTTPS. */
    public static final String HSTS = "max-age=31536000 ; includeSubDomains";

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private SecurityHeaders() {}

    /**
     * Writes the headers that are not already set. HSTS only when the request came over HTTPS, which
     * behind a proxy means the proxy is a trusted one and said so ({@code X-Forwarded-Proto}).
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "SAMEORIGIN");
        setIfAbsent(response, "Referrer-Policy", REFERRER_POLICY);
        if (request.isSecure()) {
            setIfAbsent(response, "Strict-Transport-Security", HSTS);
        }
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
