package org.civitas.audit.internal;

import java.time.Clock;
import org.civitas.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records logins, failed logins and logouts from Spring Security's events.
 *
 * <p>A successful authentication with an API token ({@code Authorization: Bearer}) happens on every
 * machine request; recording each would bury the trail, so only interactive logins (password,
 * remember-me) are recorded unless {@code civitas.audit.record-token-logins} is set. What a token
 * does is recorded anyway, with the token's user as actor, and failed token authentications are
 * always recorded.
 */
@Component
class SecurityAuditor {

    static final String LOGIN = "auth:login";
    static final String LOGOUT = "auth:logout";

    private final OwnTransactionRecorder recorder;
    private final AuditSettings settings;
    private final Clock clock;

    SecurityAuditor(OwnTransactionRecorder recorder, AuditSettings settings, Clock clock) {
        this.recorder = recorder;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        boolean token = CurrentActor.tokenRequest();
        if (token && !settings.recordTokenLogins()) {
            return;
        }
        Authentication authentication = event.getAuthentication();
        String method = token
                ? "token"
                : authentication instanceof RememberMeAuthenticationToken ? "remember-me" : method(authentication);
        record(CurrentActor.name(authentication), authentication, LOGIN, method, AuditOutcome.SUCCESS);
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String actor = attemptedUsername(attempt);
        String method = method(attempt);
        String reason = reason(event);
        record(actor, attempt, LOGIN, method.equals("password") ? reason : method + "-" + reason, AuditOutcome.FAILURE);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        record(CurrentActor.name(authentication), authentication, LOGOUT, null, AuditOutcome.SUCCESS);
    }

    private void record(
            String actor, Authentication authentication, String action, String summary, AuditOutcome outcome) {
        recorder.record(new AuditFacts(
                clock.instant(), actor, CurrentActor.address(authentication), action, null, null, summary, outcome));
    }

    /**
     * The username the client tried, never a secret: an API token's principal is the token itself,
     * so a failed token (or any attempt whose principal equals its credentials) counts as anonymous.
     */
    private static String attemptedUsername(Authentication attempt) {
        if (attempt == null || CurrentActor.tokenRequest()) {
            return CurrentActor.ANONYMOUS;
        }
        Object principal = attempt.getPrincipal();
        if (principal != null && principal.equals(attempt.getCredentials())) {
            return CurrentActor.ANONYMOUS;
        }
        return CurrentActor.name(attempt);
    }

    /**
     * How the person signed in: {@code ldap}, {@code oidc}, {@code x509} or {@code password}, from the
     * factor the identity module marks a sign-in with, else from the kind of attempt (a refused
     * attempt carries no factor yet).
     */
    static String method(Authentication authentication) {
        if (authentication == null) {
            return "password";
        }
        for (var authority : authentication.getAuthorities()) {
            switch (String.valueOf(authority.getAuthority())) {
                case "FACTOR_LDAP":
                    return "ldap";
                case "FACTOR_X509":
                    return "x509";
                case "FACTOR_AUTHORIZATION_CODE":
                    return "oidc";
                default:
            }
        }
        String kind = authentication.getClass().getSimpleName();
        return kind.startsWith("OAuth2") ? "oidc" : kind.startsWith("PreAuthenticated") ? "x509" : "password";
    }

    /** A stable reason code; the console shows it through {@code audit.summary.<code>}. */
    static String reason(AbstractAuthenticationFailureEvent event) {
        String reason = switch (event) {
            case AuthenticationFailureBadCredentialsEvent e -> "bad-credentials";
            case AuthenticationFailureLockedEvent e -> "locked";
            case AuthenticationFailureDisabledEvent e -> "disabled";
            case AuthenticationFailureExpiredEvent e -> "account-expired";
            case AuthenticationFailureCredentialsExpiredEvent e -> "credentials-expired";
            default -> "failed";
        };
        return CurrentActor.tokenRequest() ? "token-" + reason : reason;
    }
}
