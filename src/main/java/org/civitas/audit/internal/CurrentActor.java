package org.civitas.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting and from where, as far as the current thread knows. */
final class CurrentActor {

    /** Work done outside any request and without a signed-in user (scheduled jobs, start-up). */
    static final String SYSTEM = "system";

    /** A request without a signed-in user. */
    static final String ANONYMOUS = "anonymous";

    private CurrentActor() {}

    /**
     * The current actor: the signed-in user's name; {@code anonymous} in a request without one;
     * {@code system} outside requests. Operator commands run with an authentication named
     * {@code cli} in the security context and are recorded under that name.
     */
    static String current() {
        return name(SecurityContextHolder.getContext().getAuthentication());
    }

    static String name(Authentication authentication) {
        if (authentication == null) {
            return currentRequest().isPresent() ? ANONYMOUS : SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        String name = authentication.getName();
        return name == null || name.isBlank() ? ANONYMOUS : name;
    }

    /**
     * The client address of the current request ({@code getRemoteAddr()}: forwarded headers count
     * only as the server's forward-headers strategy says), else the one the authentication was
     * made from, else {@code null}.
     */
    static String address(Authentication authentication) {
        Optional<HttpServletRequest> request = currentRequest();
        if (request.isPresent()) {
            return request.get().getRemoteAddr();
        }
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }

    static String currentAddress() {
        return address(SecurityContextHolder.getContext().getAuthentication());
    }

    static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    /** Whether the current request authenticates with an API token rather than a console session. */
    static boolean tokenRequest() {
        return currentRequest()
                .map(r -> r.getHeader("Authorization"))
                .map(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .orElse(false);
    }
}
