package org.civitas.audit.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every refusal of a console page, form or API call in the audit trail, wherever it was decided:
 * each 403 a request ends with is recorded once, with who, the method and path, and why.
 *
 * <p>It joins every security filter chain as a {@code Customizer<HttpSecurity>} bean (Spring Security
 * applies those to each chain it builds), so the chains need not know about auditing. In the chain it
 * does two things: it handles access-denied exceptions (to read their reason before answering 403 as
 * Spring Security would) and it watches the response for a 403 that was answered without one (a filter's
 * {@code sendError(403)}). Refusals by an authorization rule ({@code authorizeHttpRequests},
 * {@code @PreAuthorize}) are recorded from Spring Security's event by {@link DenialAuditor}, which marks
 * the request so that its 403 is not recorded twice.
 *
 * <p>Not recorded: refusals of visitors who are not signed in (they go to the login page), and objects
 * outside the reader's scope or clearance, which are answered 404 like missing ones (see
 * docs/security.md).
 */
class RefusalRecorder extends OncePerRequestFilter implements AccessDeniedHandler {

    private final DenialAuditor denials;
    private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

    RefusalRecorder(DenialAuditor denials) {
        this.denials = denials;
    }

    /** Adds the recorder to a security filter chain. */
    static Customizer<HttpSecurity> joining(DenialAuditor denials) {
        var recorder = new RefusalRecorder(denials);
        return http -> {
            try {
                http.addFilterAfter(recorder, SecurityContextHolderFilter.class)
                        .exceptionHandling(handling -> handling.accessDeniedHandler(recorder));
            } catch (Exception e) {
                throw new IllegalStateException("cannot add the refusal recorder to the security chain", e);
            }
        };
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        if (!(refusal instanceof AuthorizationDeniedException)) { // those come with their own event
            record(request, reason(refusal));
        }
        answer.handle(request, response, refusal);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status, String message) throws IOException {
                watch(status, message);
                super.sendError(status, message);
            }

            @Override
            public void sendError(int status) throws IOException {
                watch(status, null);
                super.sendError(status);
            }

            @Override
            public void setStatus(int status) {
                watch(status, null);
                super.setStatus(status);
            }

            private void watch(int status, String message) {
                if (status == HttpServletResponse.SC_FORBIDDEN) {
                    record(request, message == null || message.isBlank() ? "forbidden" : message);
                }
            }
        });
    }

    private void record(HttpServletRequest request, String reason) {
        denials.refused(request, SecurityContextHolder.getContext().getAuthentication(), reason);
    }

    /** Why, never a secret: a CSRF refusal's message quotes the token that was sent. */
    private static String reason(AccessDeniedException refusal) {
        if (refusal instanceof CsrfException) {
            return "csrf";
        }
        String message = refusal.getMessage();
        return message == null || message.isBlank() ? refusal.getClass().getSimpleName() : message;
    }
}
