package org.civitas.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.civitas.identity.CivitasUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the second step between a right password and a signed-in session. For a user who has an
 * authenticator or must get one, the password's authentication is taken back out of the session and
 * only a {@link PendingSignIn} stays: every page but the second step's then treats the session as
 * anonymous. The step's pages finish the sign-in here, through the usual success handler.
 */
@Component
class SecondFactorStep {

    static final String CODE_PAGE = "/login/second-factor";
    static final String ENROL_PAGE = "/login/enrol";

    private final SecondFactorPolicy policy;
    private final PrincipalLoader principals;
    private final Passwords passwords;
    private final SecondFactorSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private AuthenticationSuccessHandler signedIn;

    SecondFactorStep(
            SecondFactorPolicy policy,
            PrincipalLoader principals,
            Passwords passwords,
            SecondFactorSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.policy = policy;
        this.principals = principals;
        this.passwords = passwords;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The success handler of a password sign-in: the second step first, then {@code signedIn}. */
    AuthenticationSuccessHandler before(AuthenticationSuccessHandler signedIn) {
        this.signedIn = signedIn;
        return (request, response, authentication) -> {
            HttpSession session = request.getSession();
            session.removeAttribute(PendingSignIn.SESSION_KEY);
            session.removeAttribute(PendingSignIn.OFFERED_SECRET);
            if (authentication.getPrincipal() instanceof CivitasUser user && policy.applies(user.id())) {
                SecurityContextHolder.clearContext();
                session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                request.removeAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
                session.setAttribute(
                        PendingSignIn.SESSION_KEY, new PendingSignIn(user.id(), user.getUsername(), clock.instant()));
                response.sendRedirect(request.getContextPath() + (policy.enrolled(user.id()) ? CODE_PAGE : ENROL_PAGE));
                return;
            }
            signedIn.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** The sign-in waiting for its second step in this session, if it has not expired. */
    Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.SESSION_KEY) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.expired(Duration.ofMinutes(settings.pendingMinutes()), clock.instant())) {
            end(request);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSignIn.SESSION_KEY);
            session.removeAttribute(PendingSignIn.OFFERED_SECRET);
        }
    }

    /**
     * A wrong code counts as a failed login (the same counter as wrong passwords, and the same audit
     * record). Returns whether the account is still open for another try.
     */
    boolean rejected(PendingSignIn pending) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(pending.username(), null),
                new BadCredentialsException("wrong second-factor code")));
        return principals
                .byId(pending.userId())
                .filter(u -> u.isEnabled() && u.isAccountNonLocked())
                .isPresent();
    }

    /**
     * Runs the second step's work with the pending user named as the actor (so the audit trail says who
     * enrolled or passed), yet with no authority: nothing permission-checked can run inside.
     */
    <T> T actingAs(PendingSignIn pending, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated(pending.username(), null));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Makes the session signed in: a new session id, the user's current authorities, the policy's idle timeout. */
    Authentication signIn(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending) {
        end(request);
        CivitasUser user = principals.byId(pending.userId()).orElseThrow();
        user.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        request.getSession().setMaxInactiveInterval(passwords.policy().idleTimeoutMinutes() * 60);
        return authentication;
    }

    /** Where the password step would have gone: the saved page, or the password page when it must change. */
    void proceed(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        try {
            signedIn.onAuthenticationSuccess(request, response, authentication);
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
    }
}
