package org.civitas.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.civitas.platform.HostSettings;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the host a request names out of the redirects it gets. Spring Security and others build absolute
 * redirects from the request's {@code Host} (or a forwarded host); a client sending a foreign one would
 * be sent there (or would poison a cache with it). A redirect back to the request's own host becomes
 * relative, which the browser resolves against the address it asked for; only on a configured host
 * ({@link HostSettings#trusts}) does a redirect that changes the scheme stay absolute.
 */
class RedirectGuardFilter extends OncePerRequestFilter {

    private final HostSettings hosts;

    RedirectGuardFilter(HostSettings hosts) {
        this.hosts = hosts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName();
        chain.doFilter(
                request, new Guarded(response, host, request.getServerPort(), request.getScheme(), hosts.trusts(host)));
    }

    /**
     * The location a redirect may carry: unchanged unless it is absolute and names the request's own host,
     * then only its path, query and fragment (a trusted host keeps a change of scheme).
     */
    static String guard(String location, String requestHost, String requestScheme, boolean trusted) {
        return guard(location, requestHost, -1, requestScheme, trusted);
    }

    /**
     * As above, and a location on another port of the same host name (an identity provider beside the
     * application on one machine) is another address: it stays as it is. {@code requestPort} -1 ignores ports.
     */
    static String guard(String location, String requestHost, int requestPort, String requestScheme, boolean trusted) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = new URI(location);
            if (uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(requestHost)
                    || (requestPort > 0 && port(uri) > 0 && port(uri) != requestPort)
                    || (trusted && !requestScheme.equalsIgnoreCase(uri.getScheme()))) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return "/"; // a location that does not parse is not sent anywhere
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static final class Guarded extends HttpServletResponseWrapper {

        private final String host;
        private final int port;
        private final String scheme;
        private final boolean trusted;

        Guarded(HttpServletResponse response, String host, int port, String scheme, boolean trusted) {
            super(response);
            this.host = host;
            this.port = port;
            this.scheme = scheme;
            this.trusted = trusted;
        }

        private String guard(String location) {
            return RedirectGuardFilter.guard(location, host, port, scheme, trusted);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(guard(location));
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            super.sendRedirect(guard(location), sc);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            super.sendRedirect(guard(location), clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(guard(location), sc, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? guard(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? guard(value) : value);
        }
    }
}
