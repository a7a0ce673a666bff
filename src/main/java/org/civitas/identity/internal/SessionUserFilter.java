package org.civitas.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a console session in step with the database: each request reloads the signed-in user,
 * so a disabled or locked account is signed out at once and changed grants apply at once. A user
 * who must change their password is sent to the password page and may open nothing else.
 */
class SessionUserFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/admin/profile/password";
    private static final Set<String> ALLOWED_WHILE_CHANGING = Set.of(PASSWORD_PAGE, "/logout", "/login", "/error");

    private final PrincipalLoader principals;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionUserFilter(PrincipalLoader principals) {
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof UsernamePasswordAuthenticationToken)
                || !(auth.getPrincipal() instanceof CivitasUser signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        var current = principals.byId(signedIn.id()).filter(u -> u.isEnabled() && u.isAccountNonLocked());
        if (current.isEmpty()) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        CivitasUser user = current.get();
        user.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            repository.saveContext(context, request, response);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user.mustChangePassword() && !allowedWhileChanging(path)) {
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedWhileChanging(String path) {
        return ALLOWED_WHILE_CHANGING.contains(path)
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/");
    }
}
