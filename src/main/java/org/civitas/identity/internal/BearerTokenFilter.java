package org.civitas.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.civitas.identity.CivitasUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer cvt_…}: authenticates the request as the token's owner with the
 * token's scope, for this request only (nothing is kept in a session). Tokens are for machines:
 * they work on the API, the OpenAPI description and the metrics only. A token presented anywhere
 * else (a console page, a form) and a token that does not authenticate end the request with 401,
 * whatever cookies came with it.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenAuthentication tokens;

    BearerTokenFilter(TokenAuthentication tokens) {
        this.tokens = tokens;
    }

    static boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The paths a token may be used on. */
    static boolean tokenPath(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.startsWith("/api/")
                || uri.equals("/actuator/prometheus")
                || uri.equals("/v3/api-docs")
                || uri.startsWith("/v3/api-docs/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!presentsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!tokenPath(request)) {
            refuse(response, "API tokens are accepted on /api/** only.");
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        var user = tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            refuse(response, "The API token is unknown, revoked or expired, or its owner may not use it now.");
            return;
        }
        CivitasUser principal = user.get();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + detail
                                + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
