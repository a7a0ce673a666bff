package org.civitas.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.civitas.platform.SecurityHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Keeps the console and the public sites on different origins when the console has its own host
 * ({@code civitas.console.host}): public hosts answer 404 to the console, its sign-in and its API (the
 * API paths that are public by design excepted), and the console host serves nothing a theme made
 * (pages, theme assets, public files), so no theme script or SVG can ever run where a staff member's
 * session lives. Runs before every other filter, the page cache's included.
 */
class HostBindingFilter extends OncePerRequestFilter {

    /** Paths of the console, its sign-in and its machine interfaces: never answered on a public host. */
    private static final List<String> CONSOLE =
            List.of("/admin", "/login", "/logout", "/oauth2", "/api", "/v3/api-docs", "/swagger-ui", "/actuator");

    /** Console paths that a load balancer or a public client may reach on any host. */
    private static final List<String> ANY_HOST = List.of("/actuator/health");

    /** Shared static files and the error page, which both kinds of host serve. */
    private static final List<String> SHARED = List.of("/webjars", "/css", "/js", "/img", "/favicon.ico", "/error");

    private final String consoleHost;
    private final List<PathPattern> publicApi;

    HostBindingFilter(String consoleHost, List<PathPattern> publicApi) {
        this.consoleHost = consoleHost;
        this.publicApi = publicApi;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        boolean onConsoleHost = consoleHost.equals(request.getServerName().toLowerCase(Locale.ROOT));
        boolean allowed = onConsoleHost ? consoleHostServes(path) : publicHostServes(path);
        if (allowed) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeaders.apply(request, response);
        if (onConsoleHost && path.equals("/")) {
            response.sendRedirect("/admin");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean consoleHostServes(String path) {
        return !path.equals("/") && (under(path, CONSOLE) || under(path, SHARED));
    }

    private boolean publicHostServes(String path) {
        if (under(path, ANY_HOST) || !under(path, CONSOLE)) {
            return true;
        }
        PathContainer container = PathContainer.parsePath(path);
        return path.startsWith("/api/") && publicApi.stream().anyMatch(p -> p.matches(container));
    }

    private static boolean under(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (path.equals(prefix)
                    || path.startsWith(prefix + "/")
                    || (prefix.equals("/swagger-ui") && path.startsWith(prefix))) {
                return true;
            }
        }
        return false;
    }

    /** The decoded path the application maps, with repeated slashes collapsed (Tomcat maps them alike). */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = (servletPath + pathInfo).replaceAll("/{2,}", "/");
        return path.isEmpty() ? "/" : path;
    }
}
